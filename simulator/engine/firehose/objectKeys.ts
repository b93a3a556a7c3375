/**
 * S3 object keys as Firehose writes them (fact 26): a prefix, then
 * `<stream>-<version>-<yyyy>-<MM>-<dd>-<HH>-<mm>-<ss>-<uuid>`. Times are UTC.
 */
import { randomUuid } from '../dataTemplate';
import { nextUint32, type PrngState } from '../prng';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A Java DateTimeFormatter pattern as Firehose's `!{timestamp:…}` takes it, for the letters prefixes use
 * (yyyy, yy, MM, dd, HH, mm, ss); other characters are copied, and 'quoted' text is literal.
 * @example formatTimestamp('yyyy/MM/dd', Date.UTC(2026, 0, 2)) // '2026/01/02'
 */
export function formatTimestamp(pattern: string, ms: number): string {
  const d = new Date(ms);
  const fields: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100),
    MM: pad(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|dd|HH|mm|ss/g, (token, literal?: string) =>
    literal !== undefined ? literal : fields[token]!,
  );
}

/** The default prefix: `YYYY/MM/dd/HH/` of the oldest record's arrival. */
export const DEFAULT_PREFIX = '!{timestamp:yyyy/MM/dd/HH}/';
/** Where failed records go when no ErrorOutputPrefix is set. */
export const DEFAULT_ERROR_PREFIX = '!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd/HH}/';

export interface PrefixContext {
  /** Arrival of the oldest record in the object: what `!{timestamp:…}` shows. */
  timestamp: number;
  errorOutputType?: string;
  partitionKeys?: Record<string, string>;
  prng: PrngState;
}

const RANDOM_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Evaluates a custom prefix's `!{namespace:value}` expressions. A prefix without any timestamp
 * expression gets `YYYY/MM/dd/HH/` appended, as Firehose does (unless dynamic partitioning is on).
 * @example evaluatePrefix('logs/!{timestamp:yyyy}/', ctx) // ['logs/2026/', prng]
 */
export function evaluatePrefix(prefix: string, context: PrefixContext, appendTimestamp: boolean): [string, PrngState] {
  let prng = context.prng;
  let text = prefix;
  if (appendTimestamp && !prefix.includes('!{timestamp:')) text = `${prefix}${DEFAULT_PREFIX}`;
  const result = text.replace(/!\{([A-Za-z]+):([^}]*)\}/g, (_match, namespace: string, value: string) => {
    if (namespace === 'timestamp') return formatTimestamp(value, context.timestamp);
    if (namespace === 'firehose' && value === 'error-output-type') return context.errorOutputType ?? '';
    if (namespace === 'firehose' && value === 'random-string') {
      let out = '';
      for (let i = 0; i < 11; i++) {
        const [n, next] = nextUint32(prng);
        prng = next;
        out += RANDOM_CHARS[n % RANDOM_CHARS.length];
      }
      return out;
    }
    if (namespace === 'partitionKeyFromQuery' || namespace === 'partitionKeyFromLambda')
      return context.partitionKeys?.[value] ?? '';
    return '';
  });
  return [result, prng];
}

/**
 * The object's name after its prefix.
 * @example objectName('deliveries', 1, Date.UTC(2026, 0, 1, 0, 5, 2), prng) // ['deliveries-1-2026-01-01-00-05-02-<uuid>', prng]
 */
export function objectName(stream: string, version: number, at: number, prng: PrngState): [string, PrngState] {
  const [uuid, next] = randomUuid(prng);
  return [`${stream}-${version}-${formatTimestamp('yyyy-MM-dd-HH-mm-ss', at)}-${uuid}`, next];
}

/**
 * Checks a custom prefix's expressions, for CreateDeliveryStream and UpdateDestination; returns a
 * message for InvalidArgumentException, or null.
 */
export function prefixProblem(prefix: string, partitioning: boolean, isErrorPrefix: boolean): string | null {
  for (const [, namespace, value] of prefix.matchAll(/!\{([A-Za-z]+):([^}]*)\}/g)) {
    if (namespace === 'timestamp' || (namespace === 'firehose' && value === 'random-string')) continue;
    if (namespace === 'firehose' && value === 'error-output-type') {
      if (isErrorPrefix) continue;
      return 'The expression !{firehose:error-output-type} is only allowed in ErrorOutputPrefix.';
    }
    if (namespace === 'partitionKeyFromQuery' || namespace === 'partitionKeyFromLambda') {
      if (partitioning && !isErrorPrefix) continue;
      return `The expression !{${namespace}:${value}} needs dynamic partitioning, which is enabled only at creation.`;
    }
    return `Unknown expression !{${namespace}:${value}} in the prefix. Use !{timestamp:…}, !{firehose:random-string}, !{firehose:error-output-type} or !{partitionKeyFromQuery:…}.`;
  }
  return null;
}
