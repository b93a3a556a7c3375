import type { Metadata } from 'next';
import Link from 'next/link';
import { DemoImport } from '@/components/present/DemoImport';
import { siteDemos } from '@/lib/demos/siteDemos';
import { loadScenarios } from '@/lib/content/scenarios';

export const metadata: Metadata = {
  title: 'Present a demo',
  description:
    'Scripted live demos of the Kinesis simulator for a classroom projector, with presenter notes, predictions and links for students.',
};

export default function PresentPage() {
  const demos = siteDemos();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
      <h1 className="mt-0 text-3xl font-bold">Present a demo</h1>
      <p className="max-w-3xl text-lg">
        Pick a demo, put the audience window on the projector and the presenter window on your laptop, and walk the
        class through it with the arrow keys. Everything runs in this browser: no slides, no installs, no network.
      </p>
      <ul className="grid list-none gap-4 p-0 md:grid-cols-2">
        {Object.entries(demos).map(([id, demo]) => (
          <li key={id} className="flex flex-col gap-2 rounded-lg border border-border p-4">
            <h2 className="m-0 text-xl font-semibold">{demo.title}</h2>
            <p className="m-0 text-sm text-muted">
              About {demo.minutes} minutes · {demo.beats.length} beats
            </p>
            <p className="m-0">{demo.summary}</p>
            <p className="m-0 mt-auto flex flex-wrap gap-x-4 gap-y-2 pt-2">
              <Link href={`/present/show/?demo=${id}`} className="font-semibold text-accent underline">
                Audience view<span className="sr-only"> of {demo.title}</span>
              </Link>
              <Link href={`/present/presenter/?demo=${id}`} className="font-semibold text-accent underline">
                Presenter view<span className="sr-only"> of {demo.title}</span>
              </Link>
              <Link href={`/present/show/?demo=${id}&mode=self`} className="text-accent underline">
                Audience link for students<span className="sr-only">: {demo.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="how-title" className="mt-10">
        <h2 id="how-title" className="text-2xl font-semibold">
          How it works
        </h2>
        <ul className="space-y-1">
          <li>
            <strong>→ or Space</strong> runs the beat and goes on; <strong>←</strong> goes back; <strong>P</strong>{' '}
            pauses; <strong>B</strong> blanks the screen; <strong>F</strong> goes full screen; <strong>?</strong> lists
            the keys.
          </li>
          <li>
            Take over at any time: drag nodes, click one to change its settings, press P to run freely. “Back to script”
            puts the beat back exactly.
          </li>
          <li>
            A link with <code>#beat=3</code> opens the third beat. The student link opens the demo with buttons, to
            replay it at their own pace.
          </li>
          <li>
            Record your own in the{' '}
            <Link href="/playground/" className="text-accent underline">
              playground
            </Link>{' '}
            with “Record a demo”, then import the file here.
          </li>
        </ul>
      </section>
      <DemoImport scenarioIds={Object.keys(loadScenarios())} />
    </main>
  );
}
