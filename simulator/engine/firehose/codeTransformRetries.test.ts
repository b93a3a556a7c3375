import { describe, expect, it } from 'vitest';
import { callApi } from '../../api/callApi';
import { textToBase64 } from '../base64';
import { applyCommand, replay } from '../commands';
import { createSimulation } from '../createSimulation';
import type { InvocationReport } from '../lambda/functionLogs';
import { serializeSimulation as serialize } from '../serialize';
import { awaitingTransforms, functionNameOfArn } from './codeTransforms';
import {
  bucket,
  LAB_ROLE as ROLE,
  ok,
  SENT,
  sendReadings,
  solution,
  stream,
  thrown,
  TRANSFORM_ARN as FUNCTION_ARN,
  transformLab as lab,
} from './testing/transformLab';

describe('a failing Firehose transform with code: retries, held buffers and replay', () => {
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
    run(sendReadings(['{"sensor":"s-4","celsius":18}']));
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
    const again = replay({ seed }, log, callApi);
    expect(again.errors).toEqual([]);
    expect(serialize(again.sim)).toEqual(serialize(sim));
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
