// zod/mini, as for scenarios: the price table is small and the meter may validate it in the browser too.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

/** A real day (not 2026-02-30): the meter prints it in words. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const https = z.string().check(z.regex(/^https:\/\/\S+$/, 'must be an https:// URL'));

/**
 * One figure. `per` is a plain string checked against the unit its key expects (not a literal type), so
 * the JSON file imported statically — whose strings TypeScript widens — is assignable to `PriceTable`.
 */
function price(per: string) {
  return z.object({
    usd: z.number().check(z.nonnegative()),
    per: z.string().check(z.refine((value) => value === per, `must be "${per}" (the unit this price is quoted in)`)),
    /** Where the figure was read: the pages a reviewer can check it against. */
    seenIn: z.array(https).check(z.minLength(1)),
  });
}

// Every figure is optional: one that could not be found is left out, and the meter names what it does
// not price instead of guessing. Strict objects, so a misspelt key fails instead of silently pricing nothing.
const provisioned = z.strictObject({
  shardHour: z.optional(price('shard-hour')),
  putPayloadUnits: z.optional(price('million PUT payload units')),
  extendedRetention: z.optional(price('shard-hour')),
  longTermRetention: z.optional(price('GB-month')),
  efoConsumerShardHour: z.optional(price('consumer-shard-hour')),
  efoDataRetrieval: z.optional(price('GB')),
});

const onDemand = z.strictObject({
  streamHour: z.optional(price('stream-hour')),
  dataIn: z.optional(price('GB')),
  dataRetrieval: z.optional(price('GB')),
  efoDataRetrieval: z.optional(price('GB')),
  extendedRetention: z.optional(price('GB-month')),
  longTermRetention: z.optional(price('GB-month')),
});

export const priceTableSchema = z.strictObject({
  service: z.string().check(z.minLength(3)),
  region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS Region code such as us-east-1')),
  currency: z.string().check(z.refine((value) => value === 'USD', 'must be "USD" (the meter formats dollars)')),
  /** The day the figures were read, YYYY-MM-DD. */
  retrieved: z.string().check(z.refine(isCalendarDate, 'must be a real date written YYYY-MM-DD')),
  source: https,
  sourceTitle: z.string().check(z.minLength(3)),
  /** Says these are example prices and sends learners to the pricing page. */
  note: z.string().check(z.minLength(40)),
  provisioned,
  onDemand,
});

export type PriceTable = z.infer<typeof priceTableSchema>;
export type Price = z.infer<ReturnType<typeof price>>;

export type PriceTableResult = { ok: true; table: PriceTable } | { ok: false; error: string };

/**
 * Validates a price table and names the fields that are wrong, so a typo fails the content check with
 * the file and the field instead of pricing nothing.
 * @example parsePriceTable(JSON.parse(text), 'content/prices/kinesis-data-streams-us-east-1.json')
 * // { ok: false, error: '… provisioned.shardHour.per: must be "shard-hour" …' } for a wrong unit
 */
export function parsePriceTable(data: unknown, source: string): PriceTableResult {
  const parsed = priceTableSchema.safeParse(data);
  if (parsed.success) return { ok: true, table: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(price table)'}: ${i.message}`);
  return { ok: false, error: `${source} is not a valid price table:\n- ${problems.join('\n- ')}` };
}
