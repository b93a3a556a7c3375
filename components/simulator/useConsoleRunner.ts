'use client';

import { useEffect, useRef, useState } from 'react';
import { apiCommand } from '@/simulator/api/apiCommand';
import { callApi } from '@/simulator/api/callApi';
import { KinesisError, type KinesisErrorName } from '@/simulator/api/KinesisError';
import type { LambdaInvoker } from '@/simulator/cli/lambdaInvoke';
import type { ReadFile } from '@/simulator/cli/parseCli';
import { runCliAsync, type CliCaller } from '@/simulator/cli/runCli';
import { useSimulationHandle } from './SimulationContext';

/** One command in the console and what it printed. */
export interface ConsoleEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Still running (`aws lambda invoke` waits for the function; a follow runs until stopped). */
  running?: boolean;
  /** Streams until stopped (`aws logs tail --follow`): Ctrl+C or its Stop button ends it. */
  stoppable?: boolean;
}

/**
 * Runs console commands against the simulation: each becomes an entry that fills in when its output is
 * in. Commands see the console's files (the lab's, plus what commands wrote this visit), the lab's
 * sandbox for `aws lambda invoke`, Firehose's buckets for `aws s3`, and can stream (`--follow`).
 * @example const { entries, runAll, stop } = useConsoleRunner({ readFile, invoke })
 */
export function useConsoleRunner({ readFile, invoke }: { readFile?: ReadFile; invoke?: LambdaInvoker }) {
  const { store } = useSimulationHandle();
  const [entries, setEntries] = useState<ConsoleEntry[]>([]);
  const next = useRef(0);
  // Files commands wrote this visit (`aws lambda invoke`'s outfile), read by `cat` and file://.
  const written = useRef(new Map<string, Uint8Array>());
  // Commands still running (a follow), so Ctrl+C or their Stop button can end them; all end on unmount.
  const running = useRef(new Map<number, AbortController>());
  useEffect(() => {
    const commands = running.current;
    return () => commands.forEach((c) => c.abort());
  }, []);

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
    const update = (change: (entry: ConsoleEntry) => ConsoleEntry) =>
      setEntries((e) =>
        e.some((x) => x.id === entryId)
          ? e.map((x) => (x.id === entryId ? change(x) : x))
          : [...e.slice(-49), change({ id: entryId, command, stdout: '', stderr: '', exitCode: 0, running: true })],
      );
    const stopper = new AbortController();
    const pending = runCliAsync(command, call, {
      readFile: (path) => written.current.get(path.replace(/^\.\//, '')) ?? readFile?.(path) ?? null,
      writeFile: (path, text) => written.current.set(path.replace(/^\.\//, ''), encoder.encode(text)),
      invoke,
      s3: () => store.getState().sim.firehose?.buckets ?? {},
      follow: {
        // Only a streaming command writes as it goes, so its first write makes it stoppable.
        write: (text) => {
          running.current.set(entryId, stopper);
          update((entry) => ({ ...entry, stdout: entry.stdout + text, stoppable: true }));
        },
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
    const settle = (result: Omit<ConsoleEntry, 'id' | 'command'>) => {
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

  /** Runs commands one after another, as a shell runs pasted lines. */
  const runAll = (commands: string[]) =>
    commands.reduce<Promise<void>>((previous, command) => previous.then(() => runOne(command)), Promise.resolve());

  return { entries, clear: () => setEntries([]), runAll, stop };
}
