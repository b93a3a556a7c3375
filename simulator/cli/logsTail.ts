import type { CliResult } from './runCli';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const FORMATS = ['detailed', 'short', 'json'] as const;

interface TailEvent {
  timestamp: number;
  logStreamName: string;
  message: string;
}

/** `--since 10m` / `1h` / an ISO time → the start time in ms, or null when it cannot be read. */
function sinceTime(value: string, now: number): number | null {
  const relative = /^(\d+)([smhdw])$/.exec(value);
  if (relative) return now - Number(relative[1]) * UNITS[relative[2]!]!;
  const absolute = Date.parse(value);
  return Number.isNaN(absolute) ? null : absolute;
}

/** Python's isoformat of an aware datetime, as CLI v2 prints tail timestamps: `…T13:00:00.123000+00:00`. */
function detailedTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

function formatEvent(e: TailEvent, format: (typeof FORMATS)[number]): string {
  if (format === 'short') return `${new Date(e.timestamp).toISOString().slice(0, 19)} ${e.message}`;
  if (format === 'json') {
    try {
      return `${detailedTime(e.timestamp)} ${e.logStreamName} ${JSON.stringify(JSON.parse(e.message), null, 4)}`;
    } catch {
      // Not JSON: printed as in the detailed format.
    }
  }
  return `${detailedTime(e.timestamp)} ${e.logStreamName} ${e.message}`;
}

const usage = (message: string): CliResult => ({
  stdout: '',
  stderr: `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: ${message}\n`,
  exitCode: 252,
});

export const LOGS_TAIL_HELP = `aws logs tail

Shows a log group's events (CloudWatch Logs), oldest first.

SYNOPSIS
  <group_name>
      The log group, e.g. /aws/lambda/my-function.
  [--since <value>]
      How far back: 30s, 10m (the default), 2h, 1d, 1w, or a time such as 2026-11-22T13:00:00Z.
  [--format <value>]
      detailed (the default: time, log stream, message), short (time and message) or json.
  [--filter-pattern <value>]
      Only events containing every term ("quoted phrase", -excluded).
  [--follow]
      Keeps printing new events until you stop it (Ctrl+C or the Stop button).
`;

/** A parsed `aws logs tail`: what to read and how to print it. */
export interface TailRequest {
  group: string;
  /** Events from this time (ms) on. */
  start: number;
  format: (typeof FORMATS)[number];
  pattern?: string;
  follow: boolean;
}

type FilterEvents = (input: Record<string, unknown>) => { events: TailEvent[] };

/**
 * Reads `aws logs tail <group> [--since 10m] [--format detailed|short|json] [--filter-pattern …] [--follow]`
 * (the words after `tail`); a CliResult for help and usage errors.
 */
export function parseLogsTail(args: string[], now: number): TailRequest | CliResult {
  if (args[0] === 'help') return { stdout: LOGS_TAIL_HELP, stderr: '', exitCode: 0 };
  let group: string | undefined;
  let since = '10m';
  let format: (typeof FORMATS)[number] = 'detailed';
  let pattern: string | undefined;
  let follow = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = () => args[++i];
    if (word === '--follow') follow = true;
    else if (word === '--since' || word === '--format' || word === '--filter-pattern') {
      const v = value();
      if (v === undefined) return usage(`argument ${word}: expected one argument`);
      if (word === '--since') since = v;
      else if (word === '--filter-pattern') pattern = v;
      else if ((FORMATS as readonly string[]).includes(v)) format = v as (typeof FORMATS)[number];
      else return usage(`argument --format: Invalid choice, valid choices are:\n\n${FORMATS.join(' | ')}\n`);
    } else if (word.startsWith('--')) return usage(`Unknown options: ${word}`);
    else if (group === undefined) group = word;
    else return usage(`Unknown options: ${word}`);
  }
  if (group === undefined) return usage('the following arguments are required: group_name');
  const start = sinceTime(since, now);
  if (start === null)
    return usage(`argument --since: Unable to parse "${since}": use a duration such as 10m or 2h, or a time`);
  return { group, start, format, ...(pattern ? { pattern } : {}), follow };
}

/**
 * A reader of a log group that returns only what it has not returned before, as `--follow` prints: each
 * call asks FilterLogEvents from the last event's time on and skips the events at that time already seen.
 * @example const next = tailReader(request, filter); next() // all so far; next() // only newer lines
 */
export function tailReader(request: TailRequest, filter: FilterEvents): () => string {
  let from = request.start;
  let seenAtFrom = 0;
  return () => {
    const { events } = filter({
      logGroupName: request.group,
      startTime: from,
      ...(request.pattern ? { filterPattern: request.pattern } : {}),
    });
    const fresh = events.slice(Math.min(seenAtFrom, events.filter((e) => e.timestamp === from).length));
    if (fresh.length === 0) return '';
    const last = fresh.at(-1)!.timestamp;
    seenAtFrom = last === from ? seenAtFrom + fresh.length : fresh.filter((e) => e.timestamp === last).length;
    from = last;
    return `${fresh.map((e) => formatEvent(e, request.format)).join('\n')}\n`;
  };
}

/**
 * `aws logs tail` once: CLI v2's customisation over FilterLogEvents, with its output format. Without a
 * console that can stream, `--follow` prints what there is and says so.
 * @example runLogsTail(parseLogsTail(['/aws/lambda/fn', '--since', '1h'], sim.now) as TailRequest, filter)
 */
export function runLogsTail(request: TailRequest, filter: FilterEvents): CliResult {
  const stdout = tailReader(request, filter)();
  const note = request.follow
    ? '\n(--follow: this console shows the events there are now; run the command again for newer ones.)\n'
    : '';
  return { stdout, stderr: note, exitCode: 0 };
}
