'use client';

import { useState } from 'react';
import { readDemoFile, saveLocalDemo, LOCAL_DEMO_ID } from '@/lib/demos/demoFile';

/** "Open a demo file": validates it, keeps it in this browser and links to its views. Bad files change nothing. */
export function DemoImport({ scenarioIds }: { scenarioIds: string[] }) {
  const [error, setError] = useState('');
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <section aria-labelledby="import-title" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="import-title" className="mt-0 text-2xl font-semibold">
        Open a demo file
      </h2>
      <p>A file exported from the recorder, or shared by another instructor. It stays in this browser.</p>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Demo file (.json)</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const result = readDemoFile(await file.text(), file.name, { scenarios: scenarioIds });
            if (!result.ok) {
              setError(result.error);
              return;
            }
            if (!saveLocalDemo(result.demo, window.localStorage)) {
              setError('This browser refused to keep the demo (storage is turned off). Nothing was changed.');
              return;
            }
            setError('');
            setOpened(result.demo.title);
          }}
          className="max-w-full"
        />
      </label>
      {error && (
        <p role="alert" className="mt-3 rounded-md border-2 border-pitfall bg-pitfall-bg p-3">
          {error}
        </p>
      )}
      {opened && (
        <div role="status" className="mt-3 rounded-md border-2 border-success bg-tip-bg p-3">
          <p className="m-0">“{opened}” is ready.</p>
          <p className="m-0 mt-1 flex flex-wrap gap-4">
            <a href={`/present/show/?demo=${LOCAL_DEMO_ID}`} className="font-semibold text-accent underline">
              Audience view
            </a>
            <a href={`/present/presenter/?demo=${LOCAL_DEMO_ID}`} className="font-semibold text-accent underline">
              Presenter view
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
