import { KinesisError } from '../errors';
import { seedPrng } from '../prng';
import type { SimState } from '../types';
import type { DeliveryStreamState, FirehoseState, S3Bucket } from './firehoseTypes';

/**
 * The simulation's Firehose part, created on first use so states saved before Firehose existed load
 * unchanged. Its generator is seeded from the simulation's without advancing it.
 * @example firehoseOf(sim).deliveryStreams
 */
export function firehoseOf(state: SimState): FirehoseState {
  state.firehose ??= {
    deliveryStreams: {},
    buckets: {},
    prng: seedPrng((state.prng[0] ^ 0xf12e405e) >>> 0),
  };
  return state.firehose;
}

/** A Firehose stream by name, or AWS's ResourceNotFoundException. */
export function deliveryStreamNamed(state: SimState, name: string): DeliveryStreamState {
  const stream = state.firehose?.deliveryStreams[name];
  if (!stream || stream.status === 'DELETING') {
    throw new KinesisError(
      'ResourceNotFoundException',
      `Firehose stream ${name} under account ${state.account} not found.`,
    );
  }
  return stream;
}

/** A bucket, created when a Firehose stream first names it (the simulator has no CreateBucket). */
export function bucketNamed(firehose: FirehoseState, name: string): S3Bucket {
  return (firehose.buckets[name] ??= { name, objects: [], objectCount: 0, bytes: 0, records: 0 });
}

/** `arn:aws:firehose:<region>:<account>:deliverystream/<name>` */
export function deliveryStreamArn(state: SimState, name: string): string {
  return `arn:aws:firehose:${state.region}:${state.account}:deliverystream/${name}`;
}
