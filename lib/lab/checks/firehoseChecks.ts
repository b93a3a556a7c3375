import type { Check, CheckResult, Params } from '@/lib/lab/labChecks';
import { functionNameOfArn } from '@/simulator/engine/firehose/codeTransforms';
import { PROCESSING_FAILED } from '@/simulator/engine/firehose/delivery';
import type { SimState } from '@/simulator/engine/types';

const done = (detail: string): CheckResult => ({ done: true, detail });
const missing = (detail: string): CheckResult => ({ done: false, detail });
const str = (params: Params, key: string) => String(params[key]);
const num = (params: Params, key: string) => Number(params[key]);
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** A Firehose stream by name, unless it is being deleted (then, as on AWS, it no longer counts). */
function liveStream(sim: SimState, name: string) {
  const stream = sim.firehose?.deliveryStreams[name];
  return stream && stream.status !== 'DELETING' ? stream : undefined;
}

const objectsOf = (sim: SimState, bucket: string) => sim.firehose?.buckets[bucket]?.objects ?? [];

/**
 * The machine checks of Firehose labs, in the shape of LAB_CHECKS: each reads only simulation state, so a
 * step's status is the same after a reload.
 */
export const FIREHOSE_CHECKS: Record<string, { params: string[]; run: Check }> = {
  firehoseActive: {
    params: ['firehose'],
    run: ({ sim }, p) => {
      const stream = liveStream(sim, str(p, 'firehose'));
      if (!stream) return missing(`There is no Firehose stream named ${str(p, 'firehose')} yet.`);
      if (stream.status !== 'ACTIVE')
        return missing(`${stream.config.name} is ${stream.status}; it becomes ACTIVE in a few seconds.`);
      return done(`${stream.config.name} is ACTIVE and delivers to s3://${stream.config.bucket}.`);
    },
  },
  transformAttached: {
    params: ['firehose', 'function'],
    run: ({ sim }, p) => {
      const stream = liveStream(sim, str(p, 'firehose'));
      if (!stream) return missing(`There is no Firehose stream named ${str(p, 'firehose')} yet.`);
      const arn = stream.config.transform ? stream.config.arns?.lambda : undefined;
      if (!arn)
        return missing(
          `${stream.config.name} has no Lambda processor: add one to ProcessingConfiguration with the ARN of ${str(p, 'function')}.`,
        );
      const named = functionNameOfArn(sim, arn);
      if (named !== str(p, 'function'))
        return missing(`${stream.config.name} invokes ${arn}, not the function ${str(p, 'function')}.`);
      if (stream.status !== 'ACTIVE')
        return missing(`${stream.config.name} is ${stream.status}; it becomes ACTIVE in a few seconds.`);
      return done(
        `${stream.config.name} is ACTIVE and transforms every batch with ${named} (${plural(stream.config.transform!.retries, 'retry', 'retries')} after a failed invocation).`,
      );
    },
  },
  objectsDelivered: {
    params: ['bucket', 'atLeast'],
    run: ({ sim }, p) => {
      const delivered = objectsOf(sim, str(p, 'bucket')).filter((o) => !o.errorOutputType);
      if (delivered.length >= num(p, 'atLeast'))
        return done(
          `${plural(delivered.length, 'object')} in s3://${str(p, 'bucket')}, the newest ${delivered.at(-1)!.key}.`,
        );
      const waiting = Object.values(sim.firehose?.deliveryStreams ?? {}).filter(
        (s) => s.config.bucket === str(p, 'bucket'),
      );
      const held = waiting.reduce((n, s) => n + s.buffers.reduce((m, b) => m + b.records, 0), 0);
      const transforming = waiting.reduce((n, s) => n + (s.transforms?.length ?? 0), 0);
      const state =
        transforming > 0
          ? ` ${plural(transforming, 'batch', 'batches')} ${transforming === 1 ? 'is' : 'are'} with the transform function.`
          : held > 0
            ? ` ${plural(held, 'record')} wait in the buffer for the buffering interval.`
            : ' Nothing is buffered: send some records.';
      return missing(`${delivered.length} of at least ${num(p, 'atLeast')} object(s) delivered so far.${state}`);
    },
  },
  recordsDropped: {
    params: ['firehose', 'atLeast'],
    run: ({ sim }, p) => {
      const stream = sim.firehose?.deliveryStreams[str(p, 'firehose')];
      const dropped = stream?.stats.transformDropped ?? 0;
      if (dropped >= num(p, 'atLeast')) return done(`The transform has dropped ${plural(dropped, 'record')}.`);
      return missing(
        `The transform has dropped ${dropped} of at least ${num(p, 'atLeast')} records: return result "Dropped" for heartbeats, deploy, and send them again.`,
      );
    },
  },
  processingFailedDelivered: {
    params: ['bucket', 'atLeast'],
    run: ({ sim }, p) => {
      const failed = objectsOf(sim, str(p, 'bucket')).filter((o) => o.errorOutputType === PROCESSING_FAILED);
      const records = failed.reduce((n, o) => n + o.records, 0);
      if (records >= num(p, 'atLeast'))
        return done(`${plural(records, 'record')} under processing-failed/, in ${plural(failed.length, 'object')}.`);
      return missing(
        `${records} of at least ${num(p, 'atLeast')} record(s) under processing-failed/ so far: return "ProcessingFailed" for lines that are not JSON, and send one.`,
      );
    },
  },
  firehoseCleanedUp: {
    params: ['firehose', 'function'],
    run: ({ sim }, p) => {
      const left: string[] = [];
      if (liveStream(sim, str(p, 'firehose'))) left.push(`the Firehose stream ${str(p, 'firehose')}`);
      if (sim.lambda?.functions.some((f) => f.config.name === str(p, 'function')))
        left.push(`the function ${str(p, 'function')}`);
      return left.length === 0
        ? done('The Firehose stream and the function are deleted; the objects stay in the bucket.')
        : missing(`Still there: ${left.join(', ')}.`);
    },
  },
};
