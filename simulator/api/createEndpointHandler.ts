import { advance } from '../engine/advance';
import { createSimulation } from '../engine/createSimulation';
import type { SimState } from '../engine/types';
import { createKinesisApi } from './createKinesisApi';
import { createFirehoseApi } from './firehose/createFirehoseApi';
import type { KinesisOperationHandler } from './KinesisError';

export interface EndpointHandlerOptions {
  /** The wall clock, ms since the epoch. */
  now: () => number;
  /** A simulation to serve; by default a new, empty one starting now. */
  sim?: SimState;
}

/**
 * A handler for the local endpoint: one simulation in real time, serving Kinesis and Firehose calls. Before each call virtual time catches
 * up with the wall clock, so stream statuses, per-second limits, iterator expiry and retention behave
 * as they do on AWS.
 * @example createKinesisServer({ handler: createEndpointHandler({ now: Date.now }), port: 4567 })
 */
export function createEndpointHandler(options: EndpointHandlerOptions): KinesisOperationHandler {
  const sim = options.sim ?? createSimulation({ now: options.now() });
  const api = createKinesisApi(sim);
  const firehose = createFirehoseApi(sim);
  return (operation, input, service) => {
    const now = options.now();
    if (now > sim.now) advance(sim, now);
    return service === 'firehose' ? firehose(operation, input) : api(operation, input);
  };
}
