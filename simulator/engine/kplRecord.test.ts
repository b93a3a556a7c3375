import { describe, expect, it } from 'vitest';
import { aggregatedRecordSize } from './aggregation';
import { decodeAggregatedRecord, encodeAggregatedRecord, KPL_MAGIC } from './kplRecord';

const text = new TextEncoder();
const records = (n: number, dataBytes: number) =>
  Array.from({ length: n }, (_, i) => ({ partitionKey: `device-${i}`, data: text.encode('x'.repeat(dataBytes)) }));

describe('the KPL aggregated record format', () => {
  it('is the magic number, a protobuf AggregatedRecord and its MD5, and de-aggregates to the same records', () => {
    const bytes = encodeAggregatedRecord([
      { partitionKey: 'a', data: text.encode('1') },
      { partitionKey: 'a', data: text.encode('22') },
    ]);
    expect([...bytes.subarray(0, 4)]).toEqual([...KPL_MAGIC]);
    // Key table: one entry for the shared key "a"; then two records pointing at index 0.
    expect([...bytes.subarray(4, bytes.length - 16)]).toEqual([
      0x0a, 1, 0x61, 0x1a, 5, 0x08, 0, 0x1a, 1, 0x31, 0x1a, 6, 0x08, 0, 0x1a, 2, 0x32, 0x32,
    ]);
    expect(decodeAggregatedRecord(bytes)).toEqual([
      { partitionKey: 'a', data: text.encode('1') },
      { partitionKey: 'a', data: text.encode('22') },
    ]);
  });

  it('is as large as the engine counts it for small records with distinct keys', () => {
    // 4 user records of 100 bytes (an 8-character key and 92 bytes of data).
    const four = Array.from({ length: 4 }, (_, i) => ({
      partitionKey: `sensor-${i}`,
      data: text.encode('x'.repeat(92)),
    }));
    expect(encodeAggregatedRecord(four).length).toBe(aggregatedRecordSize(4, 100));
    expect(aggregatedRecordSize(4, 100)).toBe(452);
  });

  it('leaves records that are not aggregates alone, and rejects a damaged aggregate', () => {
    expect(decodeAggregatedRecord(text.encode('{"plain":"json record, not an aggregate"}'))).toBeNull();
    const bytes = encodeAggregatedRecord(records(3, 20));
    expect(decodeAggregatedRecord(bytes)).toHaveLength(3);
    const damaged = Uint8Array.from(bytes);
    damaged[10] = damaged[10]! ^ 0xff;
    expect(decodeAggregatedRecord(damaged)).toBeNull();
  });

  it('uses two-byte lengths for payloads of 128 bytes or more', () => {
    const [record] = decodeAggregatedRecord(encodeAggregatedRecord(records(1, 300)))!;
    expect(record!.data.length).toBe(300);
  });
});
