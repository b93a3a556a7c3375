import { callApi } from '../../../api/callApi';
import { zipPackage } from '../../../api/lambda/deploymentPackage';
import { bytesToBase64, textToBase64 } from '../../base64';
import { applyCommand, type SimCommand } from '../../commands';
import { createSimulation } from '../../createSimulation';
import type { InvocationReport } from '../../lambda/functionLogs';
import type { CodeRuntime } from '../../lambda/lambdaTypes';
import type { SimState } from '../../types';

export const LAB_ROLE = 'arn:aws:iam::000000000000:role/lab-role';
export const TRANSFORM_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:clean-readings';

/** Lab 3's transform deployed as `clean-readings` (or another name), Node.js unless told otherwise. */
export function createTransformFunction(
  files: Record<string, string>,
  runtime: CodeRuntime = 'nodejs22.x',
  name = 'clean-readings',
): SimCommand {
  return {
    type: 'lambda/call',
    operation: 'CreateFunction',
    input: {
      FunctionName: name,
      Runtime: runtime,
      Role: LAB_ROLE,
      Handler: runtime === 'python3.12' ? 'lambda_function.lambda_handler' : 'index.handler',
      Code: { ZipFile: bytesToBase64(zipPackage(files)) },
    },
  };
}

/** The Direct PUT stream `readings-to-s3` delivering to `lab-readings-archive` through a Lambda processor. */
export function createTransformStream(
  options: { intervalSeconds?: number; retries?: number; lambdaArn?: string } = {},
): SimCommand {
  return {
    type: 'firehose/call',
    operation: 'CreateDeliveryStream',
    input: {
      DeliveryStreamName: 'readings-to-s3',
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: {
        BucketARN: 'arn:aws:s3:::lab-readings-archive',
        RoleARN: LAB_ROLE,
        BufferingHints: { SizeInMBs: 1, IntervalInSeconds: options.intervalSeconds ?? 15 },
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [
            {
              Type: 'Lambda',
              Parameters: [
                { ParameterName: 'LambdaArn', ParameterValue: options.lambdaArn ?? TRANSFORM_ARN },
                ...(options.retries === undefined
                  ? []
                  : [{ ParameterName: 'NumberOfRetries', ParameterValue: String(options.retries) }]),
              ],
            },
          ],
        },
      },
    },
  };
}

/** PutRecordBatch of text lines to `readings-to-s3`. */
export function sendReadings(texts: string[]): SimCommand {
  return {
    type: 'firehose/call',
    operation: 'PutRecordBatch',
    input: { DeliveryStreamName: 'readings-to-s3', Records: texts.map((text) => ({ Data: textToBase64(text) })) },
  };
}

export const TRANSFORM = `export const handler = async (event) => ({
  records: event.records.map((r) => ({ recordId: r.recordId, result: 'Ok', data: r.data })),
});`;

/** Three readings, two heartbeats and one line that is not JSON, as a learner sends them. */
export const SENT = [
  '{"sensor":"s-1","celsius":21.4}',
  '{"type":"heartbeat","sensor":"s-1"}',
  '{"sensor":"s-2","celsius":19.8}',
  'sensor=s-3;celsius=oops',
  '{"type":"heartbeat","sensor":"s-2"}',
  '{"sensor":"s-3","celsius":22.1}',
];

/** Lab 3 after its first steps: the transform deployed, the Firehose stream ACTIVE, six records sent. */
export function transformLab(options: { retries?: number; seed?: number } = {}) {
  const seed = options.seed ?? 11;
  const sim = createSimulation({ seed });
  const log: SimCommand[] = [];
  const run = (command: SimCommand) => {
    log.push(command);
    return applyCommand(sim, command, callApi);
  };
  const advance = (ms: number) => run({ type: 'time/advance', until: sim.now + ms });
  run(createTransformFunction({ 'index.mjs': TRANSFORM }));
  advance(1000);
  run(createTransformStream({ retries: options.retries }));
  advance(2000);
  const sentAt = sim.now;
  run(sendReadings(SENT));
  const complete = (requestId: string, report: InvocationReport) =>
    run({ type: 'firehose/completeTransform', requestId, report });
  return { sim, log, run, advance, complete, sentAt, seed };
}

export const ok = (response: unknown): InvocationReport => ({
  status: 'ok',
  response,
  logs: [],
  durationMs: 2.5,
  initDurationMs: null,
});

export const thrown: InvocationReport = {
  status: 'error',
  error: { errorType: 'SyntaxError', errorMessage: 'Unexpected token s in JSON at position 0', stackTrace: [] },
  logs: [],
  durationMs: 1.5,
  initDurationMs: null,
};

export const decode = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
export const stream = (sim: SimState) => sim.firehose!.deliveryStreams['readings-to-s3']!;
export const bucket = (sim: SimState) => sim.firehose!.buckets['lab-readings-archive']!;

/** What the lab's solution returns: readings Ok with a unit added, heartbeats Dropped, the rest ProcessingFailed. */
export function solution(event: { records: { recordId: string; data: string }[] }) {
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
