import { COMMANDS, flagOf } from './cliSpec';

const GLOBALS = ['--output', '--query', '--cli-binary-format', '--region', '--no-cli-pager'];

/**
 * Tab completion for the console: the candidates for the last word of `line` (a service, an operation,
 * or an option not used yet), and the line completed as far as they agree.
 * @example complete('aws kinesis put-rec') // { line: 'aws kinesis put-record ', candidates: ['put-record'] }
 */
export function complete(line: string): { line: string; candidates: string[] } {
  const words = line.split(/\s+/);
  const last = words.at(-1) ?? '';
  const before = words.slice(0, -1).filter(Boolean);
  let pool: string[] = [];
  if (before.length === 0) pool = ['aws'];
  else if (before.length === 1 && before[0] === 'aws')
    pool = ['kinesis', 'firehose', 'lambda', 'logs', 'cloudwatch', 's3', 'help'];
  else if (before.length === 2 && before[0] === 'aws')
    pool =
      before[1] === 'logs'
        ? ['tail', 'help']
        : before[1] === 's3'
          ? ['ls', 'cp', 'help']
          : [...COMMANDS.filter((c) => c.service === before[1]).map((c) => c.command), 'help'];
  else if (before[0] === 'aws' && last.startsWith('-')) {
    const spec = COMMANDS.find((c) => c.service === before[1] && c.command === before[2]);
    const used = new Set(before.filter((w) => w.startsWith('--')));
    pool = [...(spec?.params.map((p) => flagOf(p.member)) ?? []), ...GLOBALS].filter((f) => !used.has(f));
  }
  const candidates = pool.filter((c) => c.startsWith(last));
  if (candidates.length === 0) return { line, candidates };
  const common = candidates.reduce((prefix, c) => {
    let i = 0;
    while (i < prefix.length && prefix[i] === c[i]) i++;
    return prefix.slice(0, i);
  });
  const done = candidates.length === 1 ? `${candidates[0]} ` : common;
  return { line: line.slice(0, line.length - last.length) + done, candidates };
}
