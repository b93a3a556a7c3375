import { parseArgs } from 'node:util';

/** The endpoint CLI's usage text. */
export const ENDPOINT_USAGE = `Usage: npm run endpoint -- [--port 4567] [--host 127.0.0.1] [--quiet]
  --port, -p   TCP port to listen on (default 4567; 0 picks a free one)
  --host       address to bind (default 127.0.0.1; any other address exposes an endpoint with no authentication)
  --quiet, -q  do not print a line per call
  --help, -h   show this help`;

export const DEFAULT_ENDPOINT_PORT = 4567;

export type EndpointArgs =
  | { kind: 'run'; host: string; port: number; quiet: boolean }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads the endpoint CLI's arguments; a mistake comes back as a one-line message for a person, not a throw.
 * @example parseEndpointArgs(['--port', '4600']) // { kind: 'run', host: '127.0.0.1', port: 4600, quiet: false }
 */
export function parseEndpointArgs(argv: string[]): EndpointArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { kind: 'error', message: describeParseError(error) };
  }
  if (values.help) return { kind: 'help' };
  const portText = values.port ?? String(DEFAULT_ENDPOINT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    return {
      kind: 'error',
      message: `Invalid port "${portText}": use a whole number from 0 to 65535 (0 picks a free port).`,
    };
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') return { kind: 'error', message: '--host needs an address, e.g. --host 127.0.0.1.' };
  return { kind: 'run', host, port, quiet: values.quiet ?? false };
}

// node:util's messages are accurate but long (they explain the `--` convention); a person who typed
// `--prot` wants to hear which flag was wrong and what was probably meant.
function describeParseError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = closestOption(quoted);
      return `Unknown option ${quoted}${guess ? ` (did you mean --${guess}?)` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${quoted}": every setting is a flag, e.g. --port ${/^\d+$/.test(quoted) ? quoted : DEFAULT_ENDPOINT_PORT}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = /--(\w+)/.exec(message)?.[1] ?? '';
      if (message.includes('does not take an argument')) return `--${flag} takes no value.`;
      // "argument missing", or "ambiguous" when the next word starts with a dash (`--port -1`, `--port --quiet`).
      return `--${flag} needs a value, e.g. --${flag} ${flag === 'host' ? '127.0.0.1' : DEFAULT_ENDPOINT_PORT}.`;
    }
    default:
      return message;
  }
}

function closestOption(typed: string): string | undefined {
  const name = typed.replace(/^-+/, '').split('=')[0] ?? '';
  let best: { option: string; distance: number } | undefined;
  for (const option of Object.keys(OPTIONS)) {
    const distance = editDistance(name, option);
    if (distance <= 2 && (!best || distance < best.distance)) best = { option, distance };
  }
  return best?.option;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
