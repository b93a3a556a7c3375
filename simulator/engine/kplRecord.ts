import { md5 } from '@noble/hashes/legacy.js';

/**
 * The KPL's aggregated record format (awslabs/amazon-kinesis-producer, aggregation-format.md): the magic
 * number F3 89 9A C2, a protobuf `AggregatedRecord { repeated string partition_key_table = 1; repeated
 * string explicit_hash_key_table = 2; repeated Record records = 3 }` with `Record { uint64
 * partition_key_index = 1; optional uint64 explicit_hash_key_index = 2; bytes data = 3 }`, then the MD5
 * of the protobuf bytes. Written by hand: two messages do not justify a protobuf dependency.
 */
export const KPL_MAGIC = Uint8Array.of(0xf3, 0x89, 0x9a, 0xc2);

export interface UserRecord {
  partitionKey: string;
  data: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push(v % 0x80 | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

/** A length-delimited field (wire type 2). */
function field(number: number, bytes: Uint8Array | number[]): number[] {
  return [(number << 3) | 2, ...varint(bytes.length), ...bytes];
}

/**
 * Packs user records into one Kinesis record's data, as the KPL does; each distinct partition key is
 * stored once in the key table.
 * @example encodeAggregatedRecord([{ partitionKey: 'a', data: new TextEncoder().encode('1') }]).length // 30
 */
export function encodeAggregatedRecord(records: UserRecord[]): Uint8Array {
  const keys = new Map<string, number>();
  const table: number[] = [];
  const body: number[] = [];
  for (const record of records) {
    let index = keys.get(record.partitionKey);
    if (index === undefined) {
      index = keys.size;
      keys.set(record.partitionKey, index);
      table.push(...field(1, encoder.encode(record.partitionKey)));
    }
    body.push(...field(3, [1 << 3, ...varint(index), ...field(3, record.data)]));
  }
  const message = Uint8Array.from([...table, ...body]);
  const out = new Uint8Array(KPL_MAGIC.length + message.length + 16);
  out.set(KPL_MAGIC);
  out.set(message, KPL_MAGIC.length);
  out.set(md5(message), KPL_MAGIC.length + message.length);
  return out;
}

/** Reads protobuf fields as [number, wire type, value]; value is a varint or a byte slice. */
function* fields(bytes: Uint8Array): Generator<[number, number, number | Uint8Array]> {
  let i = 0;
  const readVarint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[i++];
      if (byte === undefined) throw new RangeError('truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  while (i < bytes.length) {
    const tag = readVarint();
    const wire = tag & 7;
    if (wire === 0) yield [tag >>> 3, wire, readVarint()];
    else if (wire === 2) {
      const length = readVarint();
      if (i + length > bytes.length) throw new RangeError('truncated field');
      yield [tag >>> 3, wire, bytes.subarray(i, (i += length))];
    } else if (wire === 1 || wire === 5) i += wire === 1 ? 8 : 4;
    else throw new RangeError(`unsupported wire type ${wire}`);
  }
}

/**
 * De-aggregates a Kinesis record's data as KCL does: the user records inside, or null when the data is
 * not a KPL aggregate (no magic number, a bad checksum or a damaged message), in which case KCL hands
 * the record over as it is.
 * @example decodeAggregatedRecord(encodeAggregatedRecord(records)) // records again
 */
export function decodeAggregatedRecord(data: Uint8Array): UserRecord[] | null {
  if (data.length < KPL_MAGIC.length + 16 || KPL_MAGIC.some((b, i) => data[i] !== b)) return null;
  const message = data.subarray(KPL_MAGIC.length, data.length - 16);
  const checksum = md5(message);
  if (checksum.some((b, i) => data[data.length - 16 + i] !== b)) return null;
  try {
    const keys: string[] = [];
    const entries: { keyIndex: number; data: Uint8Array }[] = [];
    for (const [number, , value] of fields(message)) {
      if (number === 1 && value instanceof Uint8Array) keys.push(decoder.decode(value));
      if (number !== 3 || !(value instanceof Uint8Array)) continue;
      const entry = { keyIndex: -1, data: new Uint8Array(0) };
      for (const [n, , v] of fields(value)) {
        if (n === 1 && typeof v === 'number') entry.keyIndex = v;
        if (n === 3 && v instanceof Uint8Array) entry.data = Uint8Array.from(v);
      }
      entries.push(entry);
    }
    // Protobuf allows the key table and the records in any order, so keys are resolved at the end.
    if (entries.some((e) => keys[e.keyIndex] === undefined)) return null;
    return entries.map((e) => ({ partitionKey: keys[e.keyIndex]!, data: e.data }));
  } catch {
    return null;
  }
}
