import type { S3Object } from '../engine/firehose/firehoseTypes';
import type { SimState } from '../engine/types';

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

function newestObject(sim: SimState, name: string): S3Object | undefined {
  const stream = sim.firehose?.deliveryStreams[name];
  const objects = stream ? sim.firehose!.buckets[stream.config.bucket]?.objects : undefined;
  return objects?.findLast((o) => o.deliveryStream === name && !o.errorOutputType);
}

/**
 * Data reaches S3 within `maxSeconds`: the newest object's oldest record waited no longer, and nothing
 * waiting now is older (DeliveryToS3.DataFreshness).
 */
export function maxDataFreshness(sim: SimState, name: string, maxSeconds: number): { met: boolean; detail: string } {
  const stream = sim.firehose?.deliveryStreams[name];
  if (!stream) return { met: false, detail: `${name} does not exist` };
  const max = maxSeconds * 1000;
  const object = newestObject(sim, name);
  const waited = object ? object.createdAt - object.firstArrival : 0;
  if (stream.dataFreshnessMs > max)
    return {
      met: false,
      detail: `${name}: the oldest record has waited ${seconds(stream.dataFreshnessMs)} > ${seconds(max)} and is still buffered`,
    };
  if (waited > max)
    return {
      met: false,
      detail: `${name}: the last object's oldest record waited ${seconds(waited)} > ${seconds(max)} before delivery (buffer interval ${stream.config.buffering.intervalSeconds} s)`,
    };
  if (!object) return { met: false, detail: `${name} has delivered no object yet` };
  return { met: true, detail: `${name} delivers within ${seconds(max)} (the last object waited ${seconds(waited)}).` };
}

/** The newest object holds at least `minBytes`. */
export function minObjectSize(sim: SimState, name: string, minBytes: number): { met: boolean; detail: string } {
  if (!sim.firehose?.deliveryStreams[name]) return { met: false, detail: `${name} does not exist` };
  const object = newestObject(sim, name);
  if (!object) return { met: false, detail: `${name} has delivered no object yet` };
  return object.size >= minBytes
    ? { met: true, detail: `${name}'s last object holds ${bytes(object.size)} (≥ ${bytes(minBytes)}).` }
    : {
        met: false,
        detail: `${name}'s last object holds ${bytes(object.size)} < ${bytes(minBytes)} (${Math.round((100 * object.size) / minBytes)} % of it)`,
      };
}
