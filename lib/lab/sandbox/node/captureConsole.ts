import type { LogLine } from '../sandboxTypes';
import { formatLogArgs } from './formatLogArgs';
import { inspectValue } from './inspectValue';

/**
 * The `console` user code sees. Lambda's Node.js runtime patches console so that each call becomes one log
 * entry with a level (`console.log`/`info` → INFO, `warn` → WARN, `error` → ERROR, `debug` → DEBUG,
 * `trace` → TRACE — as a plain message, without a stack); what goes to stdout directly (`console.dir`,
 * `console.table`) has no level and reaches CloudWatch as a raw line.
 */

export type LogSink = (line: LogLine) => void;

/** Every method of the standard Console, so code that calls any of them keeps working. */
export type SandboxConsole = Console;

/**
 * Builds a console whose output goes to `write`, one {@link LogLine} per call.
 * @example createConsole((line) => lines.push(line)).warn('slow shard', { id: 1 }) // → { level: 'WARN', message: 'slow shard { id: 1 }' }
 */
export function createConsole(write: LogSink, now: () => number = () => performance.now()): SandboxConsole {
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  let groupIndent = '';

  const emit = (level: LogLine['level'], args: readonly unknown[]) => {
    const message = formatLogArgs(args);
    write({ level, message: groupIndent ? message.replace(/^/gm, groupIndent) : message });
  };
  const elapsed = (label: string) => {
    const start = timers.get(label);
    return start === undefined ? null : `${label}: ${(now() - start).toFixed(3)}ms`;
  };
  const missingLabel = (label: string, method: string) =>
    emit('WARN', [`(node) Warning: No such label '${label}' for console.${method}()`]);

  const sandboxConsole: Partial<Console> = {
    log: (...args: unknown[]) => emit('INFO', args),
    info: (...args: unknown[]) => emit('INFO', args),
    warn: (...args: unknown[]) => emit('WARN', args),
    error: (...args: unknown[]) => emit('ERROR', args),
    debug: (...args: unknown[]) => emit('DEBUG', args),
    trace: (...args: unknown[]) => emit('TRACE', args),
    dir: (value: unknown) => write({ level: 'RAW', message: inspectValue(value) }),
    table: (value: unknown) => write({ level: 'RAW', message: inspectValue(value) }),
    dirxml: (...args: unknown[]) => emit('INFO', args),
    assert: (condition?: boolean, ...args: unknown[]) => {
      if (condition) return;
      const [first, ...rest] = args;
      emit('WARN', typeof first === 'string' ? [`Assertion failed: ${first}`, ...rest] : ['Assertion failed', ...args]);
    },
    count: (label = 'default') => {
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      emit('INFO', [`${label}: ${count}`]);
    },
    countReset: (label = 'default') => {
      counts.delete(label);
    },
    time: (label = 'default') => {
      timers.set(label, now());
    },
    timeLog: (label = 'default', ...args: unknown[]) => {
      const text = elapsed(label);
      if (text === null) missingLabel(label, 'timeLog');
      else emit('INFO', [text, ...args]);
    },
    timeEnd: (label = 'default') => {
      const text = elapsed(label);
      if (text === null) missingLabel(label, 'timeEnd');
      else emit('INFO', [text]);
      timers.delete(label);
    },
    group: (...args: unknown[]) => {
      if (args.length > 0) emit('INFO', args);
      groupIndent += '  ';
    },
    groupCollapsed: (...args: unknown[]) => {
      if (args.length > 0) emit('INFO', args);
      groupIndent += '  ';
    },
    groupEnd: () => {
      groupIndent = groupIndent.slice(2);
    },
    clear: () => {},
    profile: () => {},
    profileEnd: () => {},
    timeStamp: () => {},
  };
  return sandboxConsole as SandboxConsole;
}
