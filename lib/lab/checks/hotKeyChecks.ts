import type { Check, CheckResult, Params } from '@/lib/lab/labChecks';
import type { SimCommand } from '@/simulator/engine/commands';
import { producerRuns, type ProducerRun } from './producerRuns';

const done = (detail: string): CheckResult => ({ done: true, detail });
const missing = (detail: string): CheckResult => ({ done: false, detail });
const str = (params: Params, key: string) => String(params[key]);
const num = (params: Params, key: string) => Number(params[key]);
const count = (n: number) => n.toLocaleString('en-US');

/** An API call in the log, whatever the service (`cloudwatch/call` joins SimCommand when the lead merges lab 2). */
type Call = { type: string; operation: string; input: Record<string, unknown> };
const calls = (log: SimCommand[], type: string): Call[] =>
  log.filter((c): c is SimCommand & Call => (c as { type: string }).type === type);

const namesStream = (input: Record<string, unknown>, stream: string) =>
  input.StreamName === stream || (typeof input.StreamARN === 'string' && input.StreamARN.endsWith(`:stream/${stream}`));

/** The ShardId of a GetMetricStatistics call that asks for one of `stream`'s shards, or null. */
function shardQueried(call: Call, stream: string): string | null {
  if (call.operation !== 'GetMetricStatistics' || !Array.isArray(call.input.Dimensions)) return null;
  const dims = call.input.Dimensions as { Name?: unknown; Value?: unknown }[];
  const shard = dims.find((d) => d.Name === 'ShardId')?.Value;
  return dims.some((d) => d.Name === 'StreamName' && d.Value === stream) && typeof shard === 'string' ? shard : null;
}

function describeShards(run: ProducerRun): string {
  const shards = Object.entries(run.perShard).sort(([a], [b]) => a.localeCompare(b));
  return shards.map(([id, n]) => `${count(n)} on ${id}`).join(', ');
}

/**
 * The checks of lab 2, "Fix the hot key" (same shape as LAB_CHECKS, merged into it). Each reads only the
 * simulation and the command log, so a step's status survives a reload.
 */
export const HOT_KEY_CHECKS: Record<string, { params: string[]; run: Check }> = {
  /** At least one write to the stream was rejected with ProvisionedThroughputExceededException. */
  writesThrottled: {
    params: ['stream'],
    run: ({ sim }, p) => {
      const stream = sim.streams[str(p, 'stream')];
      if (!stream) return missing(`There is no stream named ${str(p, 'stream')}.`);
      const throttled = stream.shards.reduce((n, s) => n + s.stats.throttledRecords, 0);
      return throttled > 0
        ? done(
            `${count(throttled)} write(s) to ${stream.name} were rejected with ProvisionedThroughputExceededException.`,
          )
        : missing(`No write to ${stream.name} has been throttled yet: run the producer.`);
    },
  },
  /**
   * The learner looked for the hot shard: a GetMetricStatistics call with the stream's StreamName and a
   * ShardId dimension made after enhanced monitoring was enabled for it, or EnableEnhancedMonitoring and
   * a ListShards of the stream (reading the hash key ranges).
   */
  shardMetricsRead: {
    params: ['stream'],
    run: ({ log }, p) => {
      const stream = str(p, 'stream');
      const enabledAt = log.findIndex(
        (c) => c.type === 'api/call' && c.operation === 'EnableEnhancedMonitoring' && namesStream(c.input, stream),
      );
      if (enabledAt === -1)
        return missing(
          `Shard-level metrics of ${stream} are off: turn them on with aws kinesis enable-enhanced-monitoring.`,
        );
      const after = log.slice(enabledAt + 1);
      const shard = calls(after, 'cloudwatch/call')
        .map((c) => shardQueried(c, stream))
        .find((s) => s !== null);
      if (shard) return done(`You read shard-level metrics of ${stream} (${shard}).`);
      if (calls(after, 'api/call').some((c) => c.operation === 'ListShards' && namesStream(c.input, stream)))
        return done(`Shard-level metrics are on, and you listed ${stream}'s shards with their hash key ranges.`);
      return missing(
        `Shard-level metrics are on. Now ask CloudWatch for one shard's numbers: aws cloudwatch get-metric-statistics with --dimensions Name=StreamName,Value=${stream} Name=ShardId,Value=<shard id>.`,
      );
    },
  },
  /**
   * A run of the producer (see producerRuns) put at least `atLeast` distinct records, every one of them
   * was stored (retries included), and they landed on at least `shards` shards.
   */
  allAccepted: {
    params: ['stream', 'atLeast', 'shards'],
    run: ({ sim, log }, p) => {
      const stream = str(p, 'stream');
      const runs = producerRuns(sim, log, stream);
      const good = runs.find(
        (r) =>
          r.attempted >= num(p, 'atLeast') &&
          r.accepted === r.attempted &&
          Object.keys(r.perShard).length >= num(p, 'shards'),
      );
      if (good)
        return done(
          `A run put ${count(good.attempted)} records to ${stream} and every one was accepted: ${describeShards(good)}.`,
        );
      const last = runs.at(-1);
      if (!last) return missing(`No records have been put to ${stream} yet: run the producer.`);
      if (last.attempted < num(p, 'atLeast'))
        return missing(
          `Your last run sent ${count(last.attempted)} records; the lab expects at least ${count(num(p, 'atLeast'))}.`,
        );
      if (last.accepted < last.attempted)
        return missing(
          `Your last run sent ${count(last.attempted)} records and ${count(last.attempted - last.accepted)} of them were never accepted: retry the failed entries until none is left.`,
        );
      return missing(
        `Your last run's ${count(last.accepted)} records were all accepted, but only on ${describeShards(last)}: the partition keys still send them to fewer than ${num(p, 'shards')} shards.`,
      );
    },
  },
};
