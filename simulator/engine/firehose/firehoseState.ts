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

/**
 * Creates an empty bucket (`s3/createBucket`). Bucket names are 3–63 characters of lowercase letters,
 * digits, dots and hyphens, starting and ending with a letter or digit, as S3 requires.
 * @example createBucket(sim, 'clickstream-archive')
 */
export function createBucket(state: SimState, name: string): S3Bucket {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name))
    throw new KinesisError(
      'InvalidArgumentException',
      `Bucket name ${name} is not valid: use 3–63 lowercase letters, digits, dots and hyphens.`,
    );
  const firehose = firehoseOf(state);
  if (firehose.buckets[name]) throw new KinesisError('ResourceInUseException', `Bucket ${name} already exists.`);
  return bucketNamed(firehose, name);
}

/** `arn:aws:firehose:<region>:<account>:deliverystream/<name>` */
export function deliveryStreamArn(state: SimState, name: string): string {
  return `arn:aws:firehose:${state.region}:${state.account}:deliverystream/${name}`;
}
