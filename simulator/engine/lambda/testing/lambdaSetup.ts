import { advance } from '../../advance';
import { createSimulation } from '../../createSimulation';
import { putRecord } from '../../putRecords';
import { registerConsumer } from '../../streamSettings';
import { createStream } from '../../streams';
import type { SimState } from '../../types';
import { textToBase64 } from '../../base64';
import { createEventSourceMapping } from '../eventSourceMappings';
import { createFunction } from '../functions';
import type { EventSourceMapping, LambdaFunctionConfig } from '../lambdaTypes';
import type { MappingRequest } from '../mappingConfig';

/**
 * A one-shard stream `orders` holding `keys.length` records put in order (one partition key each), a
 * function `process` and a TRIM_HORIZON mapping, created but not yet Enabled (one second later).
 * @example const { sim, mapping } = lambdaSetup({ keys: ['a', 'b'] })
 */
export function lambdaSetup(options: {
  keys: string[];
  shardCount?: number;
  fn?: Partial<LambdaFunctionConfig>;
  mapping?: Partial<MappingRequest>;
  /** Registers this stream consumer first and maps it (enhanced fan-out) instead of polling. */
  consumer?: string;
  seed?: number;
}): { sim: SimState; mapping: EventSourceMapping } {
  const sim = createSimulation({ seed: options.seed ?? 7 });
  createStream(sim, { name: 'orders', mode: 'PROVISIONED', shardCount: options.shardCount ?? 1 });
  advance(sim, sim.now + 2_000);
  options.keys.forEach((key, i) => {
    putRecord(sim, 'orders', { partitionKey: key, data: textToBase64(`order ${i}`) });
    // At most 1,000 records per shard per second: spread big backlogs over seconds.
    if ((i + 1) % 500 === 0) advance(sim, sim.now + 1_000);
  });
  createFunction(sim, {
    name: 'process',
    durationMsPerRecord: 1,
    concurrency: null,
    failure: { kind: 'none' },
    ...options.fn,
  });
  if (options.consumer) registerConsumer(sim, 'orders', options.consumer);
  const mapping = createEventSourceMapping(sim, {
    functionName: 'process',
    stream: 'orders',
    startingPosition: 'TRIM_HORIZON',
    consumerName: options.consumer ?? null,
    ...options.mapping,
  });
  return { sim, mapping };
}

/** The events of one type since the start (the state keeps the last few hundred). */
export function eventsOf(sim: SimState, type: string) {
  return sim.events.filter((e) => e.type === type);
}
