'use client';

import { CornerDownLeft, Eraser, Square } from 'lucide-react';
import { Button } from '@/components/ui/Button';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { complete } from '@/simulator/cli/complete';
import type { LambdaInvoker } from '@/simulator/cli/lambdaInvoke';
import type { ReadFile } from '@/simulator/cli/parseCli';
import { splitCommands } from '@/simulator/cli/tokenize';
import { useConsoleRunner } from './useConsoleRunner';

const HISTORY_KEY = 'shardlab.console-history.v1';

function loadHistory(key: string): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.filter((s): s is string => typeof s === 'string').slice(-100) : [];
  } catch {
    return [];
  }
}

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

/**
 * A terminal for `aws kinesis …` against this simulation: commands go through the same API (and the
 * same command log) as the canvas, with AWS CLI v2's parsing, errors and output. Enter runs; a line
 * ending in a backslash continues on the next; ↑/↓ walk the history; Tab completes.
 */
export function CliConsole({ historyKey = HISTORY_KEY, readFile, invoke, intro }: CliConsoleProps = {}) {
  const { entries, clear, runAll, stop } = useConsoleRunner({ readFile, invoke });
  const [line, setLine] = useState('');
  const [hint, setHint] = useState('');
  const [history, setHistory] = useState<string[]>(() =>
    typeof window === 'undefined' ? [] : loadHistory(historyKey),
  );
  const [cursor, setCursor] = useState<number | null>(null);
  const id = useId();

  /** Runs what is in the input: several pasted lines run one after another, as in a shell. */
  const run = () => {
    const commands = splitCommands(line);
    if (commands.length === 0) return;
    void runAll(commands);
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
                  {entry.stoppable && (
                    <Button
                      size="sm"
                      icon={Square}
                      onClick={() => stop(entry.id)}
                      aria-label={`Stop ${entry.command.split(/\s+/).slice(0, 3).join(' ')}`}
                      className="font-sans"
                    >
                      Stop (Ctrl+C)
                    </Button>
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
        <Button variant="primary" icon={CornerDownLeft} onClick={run}>
          Run
        </Button>
        <Button icon={Eraser} onClick={clear}>
          Clear output
        </Button>
      </div>
    </section>
  );
}
