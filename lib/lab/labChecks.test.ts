import { describe, expect, it } from 'vitest';
import { apiCommand } from '@/simulator/api/apiCommand';
import { callApi } from '@/simulator/api/callApi';
import { zipPackage } from '@/simulator/api/lambda/deploymentPackage';
import { applyCommand, type SimCommand } from '@/simulator/engine/commands';
import { createSimulation } from '@/simulator/engine/createSimulation';
import { awaitingInvocations } from '@/simulator/engine/lambda/codeInvocations';
import { runCli, type CliCaller } from '@/simulator/cli/runCli';
import { runCheck } from './labChecks';

/** Lab 1 driven through the console, with the sandbox's part played by the test (logs chosen per case). */
function lab() {
  const sim = createSimulation({ seed: 5 });
  const log: SimCommand[] = [];
  const dispatch = (command: SimCommand) => {
    log.push(command);
    return applyCommand(sim, command, callApi);
  };
  const call: CliCaller = (service, operation, input) => dispatch(apiCommand(service, operation, input));
  const zip = zipPackage({ 'index.mjs': 'export const handler = async () => {};' });
  const run = (line: string) => runCli(line, call, { readFile: () => zip, now: sim.now });
  const wait = (ms: number) => dispatch({ type: 'time/advance', until: sim.now + ms });
  const check = (name: string, params: Record<string, string>) => runCheck(name, params, { sim, log });
  /** Plays the sandbox: every waiting invocation prints its records, decoded or not. */
  const runFunction = (decoded: boolean) => {
    for (const job of awaitingInvocations(sim))
      dispatch({
        type: 'lambda/completeInvocation',
        requestId: job.requestId,
        report: {
          status: 'ok',
          response: null,
          logs: job.event.Records.map((r) => ({
            level: 'INFO' as const,
            message: decoded ? atob(r.kinesis.data) : r.kinesis.data,
          })),
          durationMs: 1,
          initDurationMs: null,
        },
      });
  };
  return { sim, run, wait, check, runFunction };
}

const FN = { function: 'lab-consumer' };
const BOTH = { function: 'lab-consumer', stream: 'lab-stream' };

describe('lab checks, step by step through lab 1', () => {
  it('say what is missing until each step is done, and then what was found', () => {
    const { run, wait, check, runFunction } = lab();
    expect(check('streamActive', { stream: 'lab-stream' })).toEqual({
      done: false,
      detail: 'There is no stream named lab-stream yet.',
    });
    run('aws kinesis create-stream --stream-name lab-stream --shard-count 1');
    expect(check('streamActive', { stream: 'lab-stream' }).detail).toBe(
      'lab-stream is CREATING; it takes a few seconds to become ACTIVE.',
    );
    wait(2000);
    expect(check('streamActive', { stream: 'lab-stream' })).toEqual({
      done: true,
      detail: 'lab-stream is ACTIVE with 1 open shard(s).',
    });

    expect(check('functionActive', FN).done).toBe(false);
    run(
      'aws lambda create-function --function-name lab-consumer --runtime nodejs22.x --role arn:aws:iam::000000000000:role/r --handler index.handler --zip-file fileb://function.zip',
    );
    expect(check('functionActive', FN).detail).toBe('lab-consumer is Pending: it becomes Active in a moment.');
    wait(1000);
    expect(check('functionActive', FN)).toEqual({
      done: true,
      detail: 'lab-consumer is Active (nodejs22.x, handler index.handler).',
    });

    expect(check('mappingEnabled', BOTH).detail).toBe(
      'No event source mapping connects lab-stream to lab-consumer yet.',
    );
    run(
      'aws lambda create-event-source-mapping --function-name lab-consumer --event-source-arn arn:aws:kinesis:us-east-1:000000000000:stream/lab-stream --starting-position LATEST',
    );
    expect(check('mappingEnabled', BOTH).detail).toBe('The mapping is Creating; it becomes Enabled in a moment.');
    wait(1000);
    expect(check('mappingEnabled', BOTH).done).toBe(true);

    for (const user of ['user-1', 'user-2', 'user-3'])
      run(
        `aws kinesis put-record --stream-name lab-stream --partition-key ${user} --data "hello from ${user}" --cli-binary-format raw-in-base64-out`,
      );
    expect(check('recordsProcessed', { ...FN, atLeast: '3' }).detail).toBe('0 of at least 3 records processed so far.');
    wait(2000);
    runFunction(false);
    wait(1000);
    expect(check('recordsProcessed', { ...FN, atLeast: '3' })).toEqual({
      done: true,
      detail: '3 records processed successfully.',
    });
    expect(check('logsShowRecords', { ...BOTH, atLeast: '3' })).toEqual({
      done: false,
      detail: "The logs show 0 of at least 3 records as text. Decode each record's base64 data before printing it.",
    });

    for (const user of ['user-4', 'user-5', 'user-6'])
      run(
        `aws kinesis put-record --stream-name lab-stream --partition-key ${user} --data "hello from ${user}" --cli-binary-format raw-in-base64-out`,
      );
    wait(2000);
    runFunction(true);
    expect(check('logsShowRecords', { ...BOTH, atLeast: '3' })).toEqual({
      done: true,
      detail: 'The logs show 3 decoded record(s), e.g. “hello from user-4”.',
    });

    expect(check('cleanedUp', BOTH).detail).toBe(
      'Still there: the event source mapping, the function lab-consumer, the stream lab-stream.',
    );
    const uuid = run(
      'aws lambda list-event-source-mappings --query "EventSourceMappings[0].UUID" --output text',
    ).stdout.trim();
    run(`aws lambda delete-event-source-mapping --uuid ${uuid}`);
    run('aws lambda delete-function --function-name lab-consumer');
    run('aws kinesis delete-stream --stream-name lab-stream');
    expect(check('cleanedUp', BOTH)).toEqual({ done: true, detail: 'Everything the lab created is deleted.' });
    expect(check('apiCalled', { operation: 'DeleteStream' }).done).toBe(true);
    expect(check('apiCalled', { operation: 'MergeShards' }).done).toBe(false);
  });

  it('reports a check name that does not exist instead of throwing', () => {
    const { check } = lab();
    expect(check('nope', {})).toEqual({ done: false, detail: 'This step names a check that does not exist: nope.' });
  });
});
