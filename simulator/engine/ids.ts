/**
 * Identifiers shaped like AWS's: shard ids, ARNs and sequence numbers.
 */

/** @example shardId(3) // 'shardId-000000000003' */
export function shardId(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}

/** The index in a shard id, or null when the text is not one. @example parseShardId('shardId-000000000003') // 3 */
export function parseShardId(id: string): number | null {
  const match = /^shardId-(\d{12})$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** @example streamArn('us-east-1', '000000000000', 'demo') // 'arn:aws:kinesis:us-east-1:000000000000:stream/demo' */
export function streamArn(region: string, account: string, name: string): string {
  return `arn:aws:kinesis:${region}:${account}:stream/${name}`;
}

/** @example consumerArn(streamArn, 'app', 1700000000) // '…:stream/demo/consumer/app:1700000000' */
export function consumerArn(stream: string, consumer: string, createdAtSeconds: number): string {
  return `${stream}/consumer/${consumer}:${createdAtSeconds}`;
}

const SEQUENCE_PREFIX = 49n * 10n ** 54n;

/**
 * A shard's sequence-number base. Sequence numbers are base + ordinal: 56 decimal digits, strictly
 * increasing within a shard, larger for shards created later (so child shards follow their parents),
 * and distinct across the shards of a stream.
 * @example sequenceBase(0, 1767225600000) // 49 followed by 54 digits
 */
export function sequenceBase(shardIndex: number, createdAt: number): string {
  const seconds = BigInt(Math.floor(createdAt / 1000));
  return (SEQUENCE_PREFIX + seconds * 10n ** 40n + BigInt(shardIndex) * 10n ** 30n).toString();
}

/** @example sequenceNumber(base, 0) === base */
export function sequenceNumber(base: string, ordinal: number): string {
  return (BigInt(base) + BigInt(ordinal)).toString();
}

/** The ordinal a sequence number stands for in a shard, or null when it belongs to another shard. */
export function ordinalOf(base: string, sequence: string): number | null {
  if (!/^\d{1,128}$/.test(sequence)) return null;
  const offset = BigInt(sequence) - BigInt(base);
  return offset >= 0n && offset < 10n ** 30n ? Number(offset) : null;
}
