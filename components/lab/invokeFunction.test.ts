import { describe, expect, it } from 'vitest';
import type { InvocationResult } from '@/lib/lab/sandbox/sandboxTypes';
import { callApi } from '@/simulator/api/callApi';
import { zipPackage } from '@/simulator/api/lambda/deploymentPackage';
import { runCliAsync, type CliCaller } from '@/simulator/cli/runCli';
import { base64ToBytes, bytesToBase64 } from '@/simulator/engine/base64';
import { applyCommand, type SimCommand } from '@/simulator/engine/commands';
import { createSimulation } from '@/simulator/engine/createSimulation';
import { invokeFunction, labInvoker } from './invokeFunction';
import { fakeSandbox } from './testing/fakeSandbox';

const ROLE = 'arn:aws:iam::000000000000:role/lab-role';

/** A lab simulation with `lab-consumer` deployed (Pending for its first second), and a store over it. */
function deployed() {
  const sim = createSimulation({ seed: 5 });
  const call: CliCaller = (service, operation, input) => callApi(sim, operation, input, service);
  call('lambda', 'CreateFunction', {
    FunctionName: 'lab-consumer',
    Runtime: 'nodejs22.x',
    Role: ROLE,
    Handler: 'index.handler',
    Code: { ZipFile: bytesToBase64(zipPackage({ 'index.mjs': 'export const handler = async () => "ok";' })) },
  });
  const store = { getState: () => ({ sim, dispatch: (command: SimCommand) => applyCommand(sim, command, callApi) }) };
  const activate = () => applyCommand(sim, { type: 'time/advance', until: sim.now + 1000 });
  return { sim, store, call, activate };
}

const ran = (response: unknown, logs: InvocationResult['logs'] = []): InvocationResult => ({
  status: 'ok',
  response,
  logs,
  durationMs: 12.34,
  initDurationMs: 150,
});

describe('invokeFunction', () => {
  it('refuses a missing function and a Pending one in Lambda’s words, and runs nothing', async () => {
    const { store, activate } = deployed();
    const { sandbox, requests } = fakeSandbox([ran('ok')]);
    expect(await invokeFunction(store, sandbox, 'nope', {})).toEqual({
      ok: false,
      name: 'ResourceNotFoundException',
      message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope',
    });
    expect(await invokeFunction(store, sandbox, 'lab-consumer', {})).toMatchObject({
      ok: false,
      name: 'ResourceConflictException',
    });
    activate();
    expect(await invokeFunction(store, sandbox, 'lab-consumer', {}, 'DryRun')).toEqual({ ok: true });
    expect(requests).toEqual([]);
  });

  it('runs the deployed code and records the run with its log lines, START to REPORT', async () => {
    const { store, activate } = deployed();
    activate();
    const { sandbox, requests } = fakeSandbox([ran({ done: 2 }, [{ level: 'INFO', message: 'two records' }])]);
    const invoked = await invokeFunction(store, sandbox, 'lab-consumer', { Records: [] });
    expect(requests).toEqual([{ runtime: 'nodejs22.x', event: { Records: [] }, requestId: expect.any(String) }]);
    expect(invoked.ok && invoked.invocation).toMatchObject({ status: 'ok', response: { done: 2 } });
    const lines = invoked.ok ? invoked.invocation!.logLines : [];
    const id = requests[0]!.requestId;
    expect(lines).toEqual([
      `START RequestId: ${id} Version: $LATEST`,
      `2026-01-01T00:00:01.000Z\t${id}\tINFO\ttwo records`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 68 MB\tInit Duration: 150.00 ms`,
    ]);
  });

  it('starts an Event invocation and returns before it ends; its logs arrive when it does', async () => {
    const { sim, store, activate } = deployed();
    activate();
    let finish: (r: InvocationResult) => void = () => undefined;
    const sandbox = {
      invoke: () => new Promise<InvocationResult>((resolve) => (finish = resolve)),
      dispose: () => undefined,
    };
    expect(await invokeFunction(store, sandbox, 'lab-consumer', {}, 'Event')).toEqual({ ok: true });
    expect(sim.lambda?.logs?.['/aws/lambda/lab-consumer'] ?? []).toHaveLength(0);
    finish(ran(null));
    await Promise.resolve();
    expect(sim.lambda?.logs?.['/aws/lambda/lab-consumer']).toHaveLength(3);
  });
});

describe('aws lambda invoke in a lab console', () => {
  it('writes the response to the outfile and tails the real log lines', async () => {
    const { store, call, activate } = deployed();
    activate();
    const { sandbox } = fakeSandbox([ran('ok', [{ level: 'INFO', message: 'hello from user-1' }])]);
    const files = new Map<string, string>();
    const result = await runCliAsync(
      `aws lambda invoke --function-name lab-consumer --cli-binary-format raw-in-base64-out --payload '{"Records": []}' --log-type Tail response.json`,
      call,
      { invoke: labInvoker(store, () => sandbox), writeFile: (path, text) => files.set(path, text) },
    );
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as { StatusCode: number; LogResult: string };
    expect(output.StatusCode).toBe(200);
    const log = new TextDecoder().decode(base64ToBytes(output.LogResult));
    expect(log).toMatch(
      /^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n.*\tINFO\thello from user-1\nEND .*\nREPORT /,
    );
    expect(files.get('response.json')).toBe('"ok"');
  });
});
