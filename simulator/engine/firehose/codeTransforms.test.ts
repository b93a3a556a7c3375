import { describe, expect, it } from 'vitest';
import { awaitingTransforms } from './codeTransforms';
import { bucket, decode, ok, SENT, solution, stream, TRANSFORM, transformLab as lab } from './testing/transformLab';

describe('a Firehose transform with code: the engine waits for the sandbox', () => {
  it('holds a due buffer and starts one invocation with Firehose’s event, however long the result takes', () => {
    const { sim, advance, sentAt } = lab();
    advance(14_999);
    expect(awaitingTransforms(sim)).toEqual([]);
    advance(1);
    const jobs = awaitingTransforms(sim);
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job!.functionName).toBe('clean-readings');
    expect(job!.code.files['index.mjs']).toBe(TRANSFORM);
    expect(job!.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(job!.event.invocationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(job!.event.deliveryStreamArn).toBe('arn:aws:firehose:us-east-1:000000000000:deliverystream/readings-to-s3');
    expect(job!.event.region).toBe('us-east-1');
    expect(job!.event.records.map((r) => decode(r.data))).toEqual(SENT);
    expect(job!.event.records.map((r) => r.approximateArrivalTimestamp)).toEqual(SENT.map(() => sentAt));
    expect(job!.event.records.every((r) => /^\d{56}$/.test(r.recordId))).toBe(true);
    expect(new Set(job!.event.records.map((r) => r.recordId)).size).toBe(6);
    advance(120_000);
    expect(awaitingTransforms(sim).map((j) => j.requestId)).toEqual([job!.requestId]);
    expect(bucket(sim).objectCount).toBe(0);
    // The held records still count as waiting: DataFreshness is their age, 135 s.
    expect(stream(sim).dataFreshnessMs).toBe(135_000);
  });

  it('delivers Ok records as returned, drops Dropped ones and writes ProcessingFailed ones under processing-failed/', () => {
    const { sim, advance, complete } = lab();
    advance(15_000);
    const [job] = awaitingTransforms(sim);
    complete(job!.requestId, ok(solution(job!.event)));
    expect(awaitingTransforms(sim)).toEqual([]);
    expect(stream(sim).stats).toMatchObject({
      transformOk: 3,
      transformDropped: 2,
      transformFailed: 1,
      failedInvocations: 0,
      deliveredObjects: 1,
      deliveredRecords: 3,
      errorRecords: 1,
    });
    const [delivered, failed] = bucket(sim).objects;
    expect(delivered!.key).toMatch(
      /^2026\/\d\d\/\d\d\/\d\d\/readings-to-s3-1-2026-\d\d-\d\d-\d\d-\d\d-\d\d-[0-9a-f-]{36}$/,
    );
    expect(delivered!.contents.map(decode)).toEqual([
      '{"sensor":"s-1","celsius":21.4,"unit":"C"}\n',
      '{"sensor":"s-2","celsius":19.8,"unit":"C"}\n',
      '{"sensor":"s-3","celsius":22.1,"unit":"C"}\n',
    ]);
    // 3 transformed lines of 43 bytes each.
    expect([delivered!.records, delivered!.size]).toEqual([3, 129]);
    expect(failed!.key).toMatch(/^processing-failed\/2026\/\d\d\/\d\d\/\d\d\/readings-to-s3-1-/);
    expect(failed!.errorOutputType).toBe('processing-failed');
    expect([failed!.records, failed!.size, failed!.contents.map(decode)]).toEqual([1, 23, ['sensor=s-3;celsius=oops']]);
  });

  it('fails a record whose output is missing, has an unknown result or Ok data that is not base64', () => {
    const { sim, advance, complete } = lab();
    advance(15_000);
    const [job] = awaitingTransforms(sim);
    const ids = job!.event.records.map((r) => r.recordId);
    complete(
      job!.requestId,
      ok({
        records: [
          { recordId: ids[0], result: 'Ok', data: job!.event.records[0]!.data },
          { recordId: ids[1], result: 'Dropped' },
          { recordId: ids[2], result: 'OK', data: job!.event.records[2]!.data },
          { recordId: ids[3], result: 'Ok', data: 'not base64!' },
          { recordId: `${ids[4]}0`, result: 'Ok', data: job!.event.records[4]!.data },
        ],
      }),
    );
    expect([
      stream(sim).stats.transformOk,
      stream(sim).stats.transformDropped,
      stream(sim).stats.transformFailed,
    ]).toEqual([1, 1, 4]);
    expect(bucket(sim).objects.map((o) => [o.key.split('/')[0], o.records])).toEqual([
      ['2026', 1],
      ['processing-failed', 4],
    ]);
  });

  it('a response that is not { records: [...] } fails every record, without a retry', () => {
    const { sim, advance, complete } = lab();
    advance(15_000);
    complete(awaitingTransforms(sim)[0]!.requestId, ok(null));
    expect(awaitingTransforms(sim)).toEqual([]);
    expect(stream(sim).stats).toMatchObject({
      transformOk: 0,
      transformFailed: 6,
      failedInvocations: 0,
      errorRecords: 6,
    });
  });
});
