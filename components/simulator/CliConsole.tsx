'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { callApi } from '@/simulator/api/callApi';
import { apiCommand } from '@/simulator/api/apiCommand';
import { KinesisError, type KinesisErrorName } from '@/simulator/api/KinesisError';
import { complete } from '@/simulator/cli/complete';
import type { ReadFile } from '@/simulator/cli/parseCli';
import type { LambdaInvoker } from '@/simulator/cli/lambdaInvoke';
import { runCliAsync, type CliCaller } from '@/simulator/cli/runCli';
import { splitCommands } from '@/simulator/cli/tokenize';
import { useSimulationHandle } from './SimulationContext';

interface Entry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Still running (`aws lambda invoke` waits for the function). */
  running?: boolean;
}

const HISTORY_KEY = 'shardlab.console-history.v1';

/** A command that runs until stopped. */
const FOLLOW = /^aws\s+logs\s+tail\b.*\s--follow\b/s;

function loadHistory(key: string): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.filter((s): s is string => typeof s === 'string').slice(-100) : [];
  } catch {
    return [];
  }
}

/**
 * A terminal for `aws kinesis …` against this simulation: commands go through the same API (and the
 * same command log) as the canvas, with AWS CLI v2's parsing, errors and output. Enter runs; a line
 * ending in a backslash continues on the next; ↑/↓ walk the history; Tab completes.
 */
export interface CliConsoleProps {
  /** Where the command history is kept (a lab keeps its own). */
  historyKey?: string;
  /** The console's files, for `fileb://function.zip` and `file://…` values (a lab's editor package). */
  readFile?: ReadFile;
  /** Runs deployed code for `aws lambda invoke` (a lab's sandbox). */
  invoke?: LambdaInvoker;
  /** What the intro says the console runs, when a lab offers more than the simulator's default. */
  intro?: ReactNode;
}

export function CliConsole({ historyKey = HISTORY_KEY, readFile, invoke, intro }: CliConsoleProps = {}) {
  const { store } = useSimulationHandle();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [hint, setHint] = useState('');
  const [history, setHistory] = useState<string[]>(() =>
    typeof window === 'undefined' ? [] : loadHistory(historyKey),
  );
  const [cursor, setCursor] = useState<number | null>(null);
  const next = useRef(0);
  // Files commands wrote this visit (`aws lambda invoke`'s outfile), read by `cat` and file://.
  const written = useRef(new Map<string, Uint8Array>());
  // Commands still running (a follow), so Ctrl+C or their Stop button can end them; all end on unmount.
  const running = useRef(new Map<number, AbortController>());
  useEffect(() => {
    const commands = running.current;
    return () => commands.forEach((c) => c.abort());
  }, []);
  const id = useId();

  const call: CliCaller = (service, operation, input) => {
    const result = store.getState().dispatch(apiCommand(service, operation, input));
    const error = store.getState().lastError;
    if (error) throw new KinesisError(error.name as KinesisErrorName, error.message);
    return result;
  };

  /** Runs one command; resolves when its output is in (a function run takes a while, a follow until stopped). */
  const runOne = (command: string): Promise<void> => {
    const entryId = next.current++;
    const encoder = new TextEncoder();
    const update = (change: (entry: Entry) => Entry) =>
      setEntries((e) =>
        e.some((x) => x.id === entryId)
          ? e.map((x) => (x.id === entryId ? change(x) : x))
          : [...e.slice(-49), change({ id: entryId, command, stdout: '', stderr: '', exitCode: 0, running: true })],
      );
    const stopper = new AbortController();
    if (FOLLOW.test(command)) running.current.set(entryId, stopper);
    const pending = runCliAsync(command, call, {
      readFile: (path) => written.current.get(path.replace(/^\.\//, '')) ?? readFile?.(path) ?? null,
      writeFile: (path, text) => written.current.set(path.replace(/^\.\//, ''), encoder.encode(text)),
      invoke,
      s3: () => store.getState().sim.firehose?.buckets ?? {},
      follow: {
        write: (text) => update((entry) => ({ ...entry, stdout: entry.stdout + text })),
        onChange: (listener) => {
          // New log lines are looked for a few times a second, not on every frame.
          let timer: ReturnType<typeof setTimeout> | null = null;
          const unsubscribe = store.subscribe(() => {
            timer ??= setTimeout(() => {
              timer = null;
              listener();
            }, 250);
          });
          return () => {
            unsubscribe();
            if (timer !== null) clearTimeout(timer);
          };
        },
        filterLogEvents: (input) => callApi(store.getState().sim, 'FilterLogEvents', input, 'logs'),
        signal: stopper.signal,
      },
      now: store.getState().sim.now,
    });
    // Most commands answer at once; one that takes time shows as running meanwhile.
    let done = false;
    queueMicrotask(() => {
      if (!done) update((entry) => entry);
    });
    const settle = (result: Omit<Entry, 'id' | 'command'>) => {
      done = true;
      running.current.delete(entryId);
      update(() => ({ id: entryId, command, ...result }));
    };
    return pending.then(settle, (error: unknown) =>
      settle({ stdout: '', stderr: `\n${error instanceof Error ? error.message : String(error)}\n`, exitCode: 255 }),
    );
  };

  /** Stops the newest command still running (Ctrl+C), or the one given. */
  const stop = (entryId?: number) => {
    const id = entryId ?? [...running.current.keys()].at(-1);
    if (id === undefined) return false;
    running.current.get(id)?.abort();
    return true;
  };

  /** Runs what is in the input: several pasted lines run one after another, as in a shell. */
  const run = () => {
    const commands = splitCommands(line);
    if (commands.length === 0) return;
    void commands.reduce<Promise<void>>((previous, command) => previous.then(() => runOne(command)), Promise.resolve());
    const updated = [...history.filter((h) => !commands.includes(h)), ...commands].slice(-100);
    setHistory(updated);
    try {
      localStorage.setItem(historyKey, JSON.stringify(updated));
    } catch {
      // History then lasts for this visit only.
    }
    setCursor(null);
    setLine('');
    setHint('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const atStart = e.currentTarget.selectionStart === 0 && e.currentTarget.selectionEnd === 0;
    const atEnd = e.currentTarget.selectionStart === line.length;
    const selection = e.currentTarget.selectionStart !== e.currentTarget.selectionEnd;
    if (e.key === 'c' && e.ctrlKey && !selection && stop()) {
      e.preventDefault();
    } else if (e.key === 'Enter' && !e.shiftKey && !/\\\s*$/.test(line)) {
      e.preventDefault();
      run();
    } else if (e.key === 'Tab' && !e.shiftKey) {
      const done = complete(line);
      if (done.candidates.length > 0) {
        e.preventDefault();
        setLine(done.line);
        setHint(done.candidates.length > 1 ? done.candidates.join('  ') : '');
      }
    } else if (e.key === 'ArrowUp' && (atStart || !line.includes('\n')) && history.length > 0) {
      e.preventDefault();
      const i = cursor === null ? history.length - 1 : Math.max(0, cursor - 1);
      setCursor(i);
      setLine(history[i]!);
    } else if (e.key === 'ArrowDown' && (atEnd || !line.includes('\n')) && cursor !== null) {
      e.preventDefault();
      const i = cursor + 1;
      setCursor(i >= history.length ? null : i);
      setLine(i >= history.length ? '' : history[i]!);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h3 id={`${id}-title`} className="m-0 text-base font-semibold">
        AWS CLI
      </h3>
      {intro ?? (
        <p className="m-0 text-sm text-muted">
          Runs <code>aws kinesis …</code>, <code>aws firehose …</code>, <code>aws lambda …</code> (event source
          mappings) and <code>aws s3 ls</code> against this simulation, as AWS CLI v2 would (try{' '}
          <code>aws kinesis help</code>). Tab completes, ↑ and ↓ recall earlier commands, and a line ending in{' '}
          <code>\</code> continues.
        </p>
      )}
      <div
        role="log"
        aria-label="Console output"
        tabIndex={0}
        className="max-h-80 overflow-y-auto rounded-md border border-border bg-code-bg p-2 font-mono text-sm"
      >
        {entries.length === 0 ? (
          <p className="m-0 text-muted">No commands yet.</p>
        ) : (
          entries.map((entry) => (
            <div key={entry.id} className="mb-2">
              <pre className="m-0 whitespace-pre-wrap">$ {entry.command}</pre>
              {entry.stdout && <pre className="m-0 whitespace-pre-wrap">{entry.stdout}</pre>}
              {entry.running && (
                <p className="m-0 flex items-center gap-3 text-muted">
                  Running…
                  {FOLLOW.test(entry.command) && (
                    <button
                      type="button"
                      onClick={() => stop(entry.id)}
                      aria-label={`Stop ${entry.command.split(/\s+/).slice(0, 3).join(' ')}`}
                      className="min-h-8 rounded-md border border-border px-3 font-sans text-sm text-fg"
                    >
                      Stop (Ctrl+C)
                    </button>
                  )}
                </p>
              )}
              {entry.stderr && <pre className="m-0 whitespace-pre-wrap text-pitfall">{entry.stderr}</pre>}
              {!entry.running && entry.exitCode !== 0 && (
                <p className="m-0 text-xs text-muted">exit code {entry.exitCode}</p>
              )}
            </div>
          ))
        )}
      </div>
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        Command
      </label>
      <textarea
        id={`${id}-input`}
        value={line}
        onChange={(e) => setLine(e.target.value)}
        onKeyDown={onKeyDown}
        rows={Math.min(6, line.split('\n').length)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        placeholder="aws kinesis list-streams"
        className="block w-full rounded-md border border-border bg-bg p-2 font-mono text-sm"
      />
      {hint && (
        <p className="m-0 font-mono text-xs text-muted" aria-live="polite">
          {hint}
        </p>
      )}
      <div className="flex gap-2">
        <button type="button" onClick={run} className="min-h-10 rounded-md bg-accent px-4 font-semibold text-accent-fg">
          Run
        </button>
        <button type="button" onClick={() => setEntries([])} className="min-h-10 rounded-md border border-border px-4">
          Clear output
        </button>
      </div>
    </section>
  );
}
