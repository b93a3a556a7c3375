import { describe, expect, it } from 'vitest';
import { callApi } from '../../api/callApi';
import { zipPackage } from '../../api/lambda/deploymentPackage';
import { bytesToBase64, textToBase64 } from '../base64';
import { applyCommand, type SimCommand } from '../commands';
import { createSimulation } from '../createSimulation';
import { KinesisError } from '../errors';
import type { InvocationReport } from '../lambda/functionLogs';
import { serializeSimulation as serialize } from '../serialize';
import type { SimState } from '../types';
import {
  applyFirehoseTransformCommand,
  awaitingTransforms,
  functionNameOfArn,
  type FirehoseTransformCommand,
} from './codeTransforms';

type LabCommand = SimCommand | FirehoseTransformCommand;

const TRANSFORM = `export const handler = async (event) => ({
  records: event.records.map((r) => ({ recordId: r.recordId, result: 'Ok', data: r.data })),
});`;
const ROLE = 'arn:aws:iam::000000000000:role/lab-role';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:clean-readings';

/** Three readings, two heartbeats and one line that is not JSON, as a learner sends them. */
const SENT = [
  '{"sensor":"s-1","celsius":21.4}',
  '{"type":"heartbeat","sensor":"s-1"}',
  '{"sensor":"s-2","celsius":19.8}',
  'sensor=s-3;celsius=oops',
  '{"type":"heartbeat","sensor":"s-2"}',
  '{"sensor":"s-3","celsius":22.1}',
];

function apply(sim: SimState, command: LabCommand): unknown {
  return command.type === 'firehose/completeTransform'
    ? applyFirehoseTransformCommand(sim, command)
    : applyCommand(sim, command, callApi);
}

/** Replays a lab's log, the transform results included, as commands.ts will once it routes them. */
function replayLab(seed: number, log: LabCommand[]): SimState {
  const sim = createSimulation({ seed });
  for (const command of log) {
    try {
      apply(sim, command);
    } catch (error) {
      if (!(error instanceof KinesisError)) throw error;
    }
  }
  return sim;
}

/** Lab 3 after its first steps: the transform deployed, the Firehose stream ACTIVE, six records sent. */
function lab(options: { retries?: number; seed?: number } = {}) {
  const seed = options.seed ?? 11;
  const sim = createSimulation({ seed });
  const log: LabCommand[] = [];
  const run = (command: LabCommand) => {
    log.push(command);
    return apply(sim, command);
  };
  const advance = (ms: number) => run({ type: 'time/advance', until: sim.now + ms });
  run({
    type: 'lambda/call',
    operation: 'CreateFunction',
    input: {
      FunctionName: 'clean-readings',
      Runtime: 'nodejs22.x',
      Role: ROLE,
      Handler: 'index.handler',
      ZipFile: bytesToBase64(zipPackage({ 'index.mjs': TRANSFORM })),
    },
  });
  advance(1000);
  run({
    type: 'firehose/call',
    operation: 'CreateDeliveryStream',
    input: {
      DeliveryStreamName: 'readings-to-s3',
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: {
        BucketARN: 'arn:aws:s3:::lab-readings-archive',
        RoleARN: ROLE,
        BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 15 },
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [
            {
              Type: 'Lambda',
              Parameters: [
                { ParameterName: 'LambdaArn', ParameterValue: FUNCTION_ARN },
                ...(options.retries === undefined
                  ? []
                  : [{ ParameterName: 'NumberOfRetries', ParameterValue: String(options.retries) }]),
              ],
            },
          ],
        },
      },
    },
  });
  advance(2000);
  const sentAt = sim.now;
  run({
    type: 'firehose/call',
    operation: 'PutRecordBatch',
    input: { DeliveryStreamName: 'readings-to-s3', Records: SENT.map((text) => ({ Data: textToBase64(text) })) },
  });
  const complete = (requestId: string, report: InvocationReport) =>
    run({ type: 'firehose/completeTransform', requestId, report });
  return { sim, log, run, advance, complete, sentAt, seed };
}

const ok = (response: unknown): InvocationReport => ({
  status: 'ok',
  response,
  logs: [],
  durationMs: 2.5,
  initDurationMs: null,
});
const thrown: InvocationReport = {
  status: 'error',
  error: { errorType: 'SyntaxError', errorMessage: 'Unexpected token s in JSON at position 0', stackTrace: [] },
  logs: [],
  durationMs: 1.5,
  initDurationMs: null,
};

const decode = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
const stream = (sim: SimState) => sim.firehose!.deliveryStreams['readings-to-s3']!;
const bucket = (sim: SimState) => sim.firehose!.buckets['lab-readings-archive']!;

/** What the lab's solution returns: readings Ok with a unit added, heartbeats Dropped, the rest ProcessingFailed. */
function solution(event: { records: { recordId: string; data: string }[] }) {
  return {
    records: event.records.map(({ recordId, data }) => {
      let reading: Record<string, unknown>;
      try {
        reading = JSON.parse(decode(data)) as Record<string, unknown>;
      } catch {
        return { recordId, result: 'ProcessingFailed', data };
      }
      if (reading.type === 'heartbeat') return { recordId, result: 'Dropped', data };
      return { recordId, result: 'Ok', data: textToBase64(`${JSON.stringify({ ...reading, unit: 'C' })}\n`) };
    }),
  };
}

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

  it('retries a failed invocation 3 times with the same records, then writes all of them to processing-failed/', () => {
    const { sim, advance, complete } = lab();
    advance(15_000);
    const first = awaitingTransforms(sim)[0]!;
    const seen = [first.requestId];
    for (let attempt = 1; attempt <= 3; attempt++) {
      complete(seen.at(-1)!, thrown);
      const retry = awaitingTransforms(sim);
      expect(retry).toHaveLength(1);
      expect(retry[0]!.event).toEqual(first.event);
      seen.push(retry[0]!.requestId);
    }
    expect(new Set(seen).size).toBe(4);
    expect(bucket(sim).objectCount).toBe(0);
    complete(seen.at(-1)!, thrown);
    expect(awaitingTransforms(sim)).toEqual([]);
    expect(stream(sim).stats).toMatchObject({
      failedInvocations: 4,
      transformFailed: 6,
      errorRecords: 6,
      deliveredRecords: 0,
    });
    expect(bucket(sim).objects.map((o) => [o.key.split('/')[0], o.records, o.size])).toEqual([
      ['processing-failed', 6, SENT.reduce((n, text) => n + text.length, 0)],
    ]);
    const fn = sim.lambda!.functions[0]!;
    expect(fn.stats).toMatchObject({ invocations: 4, errors: 4 });
    const messages = sim.lambda!.logs!['/aws/lambda/clean-readings']!.map((e) => e.message);
    expect(messages.filter((m) => m.startsWith('START RequestId: '))).toEqual(
      seen.map((id) => `START RequestId: ${id} Version: $LATEST`),
    );
    expect(messages.filter((m) => m.startsWith('REPORT '))).toHaveLength(4);
  });

  it('with NumberOfRetries 1, a timeout then a success delivers; two failures give up', () => {
    const { sim, advance, complete } = lab({ retries: 1 });
    advance(15_000);
    const timedOut: InvocationReport = { status: 'timeout', logs: [], durationMs: 3000, initDurationMs: null };
    complete(awaitingTransforms(sim)[0]!.requestId, timedOut);
    const retry = awaitingTransforms(sim)[0]!;
    complete(retry.requestId, ok(solution(retry.event)));
    expect(stream(sim).stats).toMatchObject({
      failedInvocations: 1,
      transformOk: 3,
      transformDropped: 2,
      transformFailed: 1,
    });
    expect(
      sim.lambda!.logs!['/aws/lambda/clean-readings']!.some((e) =>
        e.message.endsWith('Task timed out after 3.00 seconds'),
      ),
    ).toBe(true);

    const again = lab({ retries: 1 });
    again.advance(15_000);
    again.complete(awaitingTransforms(again.sim)[0]!.requestId, thrown);
    again.complete(awaitingTransforms(again.sim)[0]!.requestId, thrown);
    expect(awaitingTransforms(again.sim)).toEqual([]);
    expect(stream(again.sim).stats).toMatchObject({ failedInvocations: 2, transformFailed: 6 });
  });

  it('refuses a result nobody waits for', () => {
    const { sim, advance, complete } = lab();
    advance(15_000);
    const [job] = awaitingTransforms(sim);
    complete(job!.requestId, ok(solution(job!.event)));
    expect(() => complete(job!.requestId, ok(solution(job!.event)))).toThrow(
      `No Firehose transform invocation with request id ${job!.requestId} is waiting for a result.`,
    );
  });

  it('records sent while a batch is held go to a new buffer and their own invocation', () => {
    const { sim, run, advance } = lab();
    advance(15_000);
    run({
      type: 'firehose/call',
      operation: 'PutRecordBatch',
      input: {
        DeliveryStreamName: 'readings-to-s3',
        Records: [{ Data: textToBase64('{"sensor":"s-4","celsius":18}') }],
      },
    });
    advance(15_000);
    expect(awaitingTransforms(sim).map((j) => j.event.records.length)).toEqual([6, 1]);
  });

  it('replays to the same state: transform results are commands in the log', () => {
    const { sim, log, advance, complete, seed } = lab();
    advance(15_000);
    complete(awaitingTransforms(sim)[0]!.requestId, thrown);
    const retry = awaitingTransforms(sim)[0]!;
    complete(retry.requestId, ok(solution(retry.event)));
    advance(5000);
    expect(serialize(replayLab(seed, log))).toEqual(serialize(sim));
  });
});

describe('transforms modelled by rates are unchanged', () => {
  it('a LambdaArn naming no function with code keeps the modelled transform', () => {
    const sim = createSimulation({ seed: 5 });
    callApi(
      sim,
      'CreateDeliveryStream',
      {
        DeliveryStreamName: 'modelled',
        ExtendedS3DestinationConfiguration: {
          BucketARN: 'arn:aws:s3:::modelled-archive',
          RoleARN: ROLE,
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
          ProcessingConfiguration: {
            Enabled: true,
            Processors: [
              { Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: FUNCTION_ARN }] },
            ],
          },
        },
        ShardlabModel: { Transform: { DropRate: 0 } },
      },
      'firehose',
    );
    applyCommand(sim, { type: 'time/advance', until: sim.now + 2000 });
    callApi(sim, 'PutRecord', { DeliveryStreamName: 'modelled', Record: { Data: textToBase64('x') } }, 'firehose');
    applyCommand(sim, { type: 'time/advance', until: sim.now + 1000 });
    expect(awaitingTransforms(sim)).toEqual([]);
    expect(sim.firehose!.buckets['modelled-archive']!.records).toBe(1);
  });

  it('reads a function name from an ARN of this account and Region only', () => {
    const sim = createSimulation({ seed: 1 });
    expect(functionNameOfArn(sim, FUNCTION_ARN)).toBe('clean-readings');
    expect(functionNameOfArn(sim, `${FUNCTION_ARN}:$LATEST`)).toBe('clean-readings');
    expect(functionNameOfArn(sim, 'arn:aws:lambda:eu-west-1:000000000000:function:clean-readings')).toBeNull();
    expect(functionNameOfArn(sim, 'clean-readings')).toBeNull();
  });
});
