import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { textToBase64 } from '../engine/base64';
import { createSimulation } from '../engine/createSimulation';
import { createDeliveryStream } from '../engine/firehose/deliveryStreams';
import { putFirehoseRecords } from '../engine/firehose/directPut';
import { describeEvent } from './describeEvent';
import { bucketSummary, firehoseSummary, formatBytes, s3ObjectPage } from './firehoseSummary';

describe('Firehose views', () => {
  it('summarises the stream, the bucket and a page of objects with their contents', () => {
    const sim = createSimulation({ seed: 5 });
    createDeliveryStream(sim, {
      name: 'logs',
      source: { kind: 'DirectPut' },
      bucket: 'archive',
      buffering: { sizeMiB: 1, intervalSeconds: 10 },
    });
    advance(sim, sim.now + 2000);
    putFirehoseRecords(sim, 'logs', [textToBase64('{"level":"info"}\n'), textToBase64('héllo\n')], true);
    advance(sim, sim.now + 5000);
    expect(firehoseSummary(sim, 'logs')).toMatchObject({
      status: 'ACTIVE',
      source: 'Direct PUT',
      bufferedRecords: 2,
      bufferedBytes: 24,
      freshnessMs: 5000,
      objects: 0,
    });
    advance(sim, sim.now + 5000);
    expect(bucketSummary(sim, 'archive')).toMatchObject({ objectCount: 1, bytes: 24, records: 2, errorObjects: 0 });
    const page = s3ObjectPage(sim, 'archive', 0, 20);
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      size: 24,
      records: 2,
      waitedMs: 10_000,
      contents: ['{"level":"info"}\n', 'héllo\n'],
    });
    expect(firehoseSummary(sim, 'gone').exists).toBe(false);
    expect([formatBytes(600_000), formatBytes(5 * 1024 * 1024), formatBytes(12)]).toEqual([
      '586 KiB',
      '5.0 MiB',
      '12 B',
    ]);
  });
});

describe('Firehose events in words', () => {
  it('describes deliveries and status changes', () => {
    const sim = createSimulation({ seed: 5 });
    createDeliveryStream(sim, {
      name: 'logs',
      source: { kind: 'DirectPut' },
      bucket: 'archive',
      buffering: { sizeMiB: 1, intervalSeconds: 0 },
    });
    advance(sim, sim.now + 2000);
    putFirehoseRecords(sim, 'logs', [textToBase64('hi')], false);
    advance(sim, sim.now + 1000);
    expect(sim.events.map(describeEvent)).toEqual([
      'Firehose stream logs created, status CREATING.',
      'Firehose stream logs is ACTIVE.',
      expect.stringMatching(
        /^logs delivered s3:\/\/archive\/2026\/01\/01\/00\/logs-1-2026-01-01-00-00-03-[0-9a-f-]{36} \(1 record, 2 bytes\)\.$/,
      ),
    ]);
  });
});
