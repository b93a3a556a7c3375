'use client';

import { useId, useState, type ReactNode } from 'react';
import { useSimulationHandle } from '@/components/simulator/SimulationContext';
import type { LabRuntime } from '@/lib/lab/sandbox/sandboxTypes';
import { Button } from '@/components/ui/Button';
import { ToggleButton } from '@/components/ui/ToggleButton';
import { ActionResult, type ActionMessage } from './ActionResult';
import { dispatchCalls } from './dispatchCall';
import { useLab } from './LabContext';
import { deployCommands, RUNTIME_LABEL } from './labDeploy';
import { LazyCodeEditor } from './LazyCodeEditor';

const LANGUAGE = { mjs: 'javascript', js: 'javascript', cjs: 'javascript', ts: 'typescript', py: 'python' } as const;

export const languageOf = (file: string) => LANGUAGE[file.split('.').pop() as keyof typeof LANGUAGE] ?? 'javascript';

const TS_FILE = /\.ts$/;
const JS_FILE = /\.(mjs|js)$/;

/** JavaScript or TypeScript for a Node.js draft: switching renames its files (index.mjs ↔ index.ts). */
function LanguagePicker() {
  const { files, setFiles } = useLab();
  const typescript = Object.keys(files).some((f) => TS_FILE.test(f));
  const rename = (toTypeScript: boolean) =>
    setFiles(
      Object.fromEntries(
        Object.entries(files).map(([name, source]) => [
          toTypeScript ? name.replace(JS_FILE, '.ts') : name.replace(TS_FILE, '.mjs'),
          source,
        ]),
      ),
    );
  return (
    <Choice
      legend="Language"
      options={[
        { value: false, label: 'JavaScript' },
        { value: true, label: 'TypeScript' },
      ]}
      value={typescript}
      onChange={rename}
    />
  );
}

/** Runtime choice as a radio group (each runtime keeps its own draft), and the language for Node.js. */
export function RuntimePicker() {
  const { runtimes, runtime, setRuntime } = useLab();
  return (
    <div className="flex flex-wrap items-center gap-x-4">
      {runtimes.length < 2 ? (
        <p className="m-0 text-sm">Runtime: {RUNTIME_LABEL[runtime]}</p>
      ) : (
        <Choice
          legend="Runtime"
          options={runtimes.map((r: LabRuntime) => ({
            value: r,
            label: (
              <>
                {RUNTIME_LABEL[r]}
                {r === 'python3.12' && <span className="text-muted"> (Pyodide)</span>}
              </>
            ),
          }))}
          value={runtime}
          onChange={setRuntime}
        />
      )}
      {runtime === 'nodejs22.x' && <LanguagePicker />}
    </div>
  );
}

/** A small inline radio group with a visible name (the legend itself is for screen readers). */
function Choice<T>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-3 text-sm">
      <legend className="sr-only">{legend}</legend>
      <span aria-hidden="true" className="font-semibold">
        {legend}
      </span>
      {options.map((option, i) => (
        <label key={i} className="flex min-h-10 items-center gap-1">
          <input
            type="radio"
            name={id}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            className="h-4 w-4"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The editor over the draft's files, one tab per file when the package has several. */
export function DraftEditor({ label }: { label: string }) {
  const { files, setFile } = useLab();
  const names = Object.keys(files);
  const [open, setOpen] = useState(names[0] ?? '');
  const file = names.includes(open) ? open : (names[0] ?? '');
  return (
    <div className="space-y-1">
      {names.length > 1 && (
        <div className="flex flex-wrap gap-1 text-sm">
          {names.map((n) => (
            <ToggleButton key={n} size="sm" pressed={n === file} onClick={() => setOpen(n)} className="font-mono">
              {n}
            </ToggleButton>
          ))}
        </div>
      )}
      <LazyCodeEditor
        key={file}
        value={files[file] ?? ''}
        onChange={(v) => setFile(file, v)}
        language={languageOf(file)}
        fileName={file}
        label={`${label}: ${file}`}
      />
    </div>
  );
}

/**
 * The Lambda function's code: runtime, editor and Deploy (CreateFunction, then UpdateFunctionCode), with
 * the CLI command that does the same, so the button and the console teach one thing.
 */
export function CodePanel({ functionName }: { functionName: string }) {
  const { store } = useSimulationHandle();
  const { runtime, built } = useLab();
  const [message, setMessage] = useState<ActionMessage | null>(null);

  const deploy = () => {
    if (!built) return setMessage({ ok: false, text: 'The package is still being built. Try again in a moment.' });
    if (!built.ok)
      return setMessage({ ok: false, text: `The TypeScript build failed, so nothing was deployed. ${built.error}` });
    const files = built.files;
    const { commands, cli } = deployCommands(store.getState().sim, functionName, runtime, files);
    const outcome = dispatchCalls(store, commands);
    setMessage(
      outcome.ok
        ? {
            ok: true,
            text: `Deployed ${Object.keys(files).join(', ')} to ${functionName} (${RUNTIME_LABEL[runtime]}).`,
            cli,
          }
        : { ok: false, text: `${outcome.error.name}: ${outcome.error.message}` },
    );
  };

  return (
    <section aria-label="Function code" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="m-0 text-base font-semibold">
          Function <code>{functionName}</code>
        </h3>
        <RuntimePicker />
      </div>
      <DraftEditor label={`Code of ${functionName}`} />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={deploy}>
          Deploy
        </Button>
        <p className="m-0 text-xs text-muted">
          The console’s <code>fileb://function.zip</code> is this code, zipped
          {runtime === 'nodejs22.x'
            ? ' (TypeScript is compiled to index.mjs first, as a build step would: Lambda runs JavaScript)'
            : ''}
          .
        </p>
      </div>
      <ActionResult message={message} />
    </section>
  );
}
