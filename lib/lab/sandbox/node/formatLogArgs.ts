import { inspectValue } from './inspectValue';

/**
 * The message of one console call, built the way Node's `util.format` builds it (Lambda's runtime logs
 * `util.format(...args)`).
 */

function formatDirective(directive: string, arg: unknown): string {
  switch (directive) {
    case 's':
      return typeof arg === 'string' ? arg : typeof arg === 'bigint' ? `${arg}n` : inspectValue(arg);
    case 'd':
    case 'i': {
      if (typeof arg === 'bigint') return `${arg}n`;
      const n = Number(arg);
      return String(directive === 'i' ? Math.trunc(n) : n);
    }
    case 'f':
      return String(Number.parseFloat(String(arg)));
    case 'j':
      try {
        return JSON.stringify(arg) ?? 'undefined';
      } catch {
        return '[Circular]';
      }
    default:
      return inspectValue(arg);
  }
}

/**
 * Joins console arguments like Node's `util.format`: strings as they are, other values inspected, and
 * `%s %d %i %f %j %o %O %%` in a leading format string (`%o` prints like `%O`, without Node's hidden fields).
 * @example formatLogArgs(['Decoded %s from', 'hello', { shard: 1 }]) // → "Decoded hello from { shard: 1 }"
 */
export function formatLogArgs(args: readonly unknown[]): string {
  const rest = [...args];
  let head = '';
  if (typeof rest[0] === 'string' && rest.length > 1) {
    const format = rest.shift() as string;
    head = format.replace(/%([sdifjoOc%])/g, (all, directive: string) => {
      if (directive === '%') return '%';
      if (rest.length === 0) return all;
      const arg = rest.shift();
      return directive === 'c' ? '' : formatDirective(directive, arg);
    });
    if (rest.length === 0) return head;
  }
  const tail = rest.map((arg) => (typeof arg === 'string' ? arg : inspectValue(arg))).join(' ');
  return head ? `${head} ${tail}` : tail;
}
