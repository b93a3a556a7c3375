import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../engine/base64';
import type { FunctionInvocation, LambdaInvoker } from './lambdaInvoke';
import { runCli, runCliAsync } from './runCli';

const decode = (b64: string) => new TextDecoder().decode(base64ToBytes(b64));

/** A console whose invoker answers with `invocation` and records the events it was given. */
function invokeConsole(invocation: Partial<FunctionInvocation> = {}) {
  const files = new Map<string, string>();
  const events: unknown[] = [];
  const invoke: LambdaInvoker = ({ functionName, event, invocationType }) => {
    events.push(event);
    if (functionName !== 'lab-consumer')
      return Promise.resolve({
        ok: false,
        name: 'ResourceNotFoundException',
        message: `Function not found: arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
      });
    if (invocationType !== 'RequestResponse') return Promise.resolve({ ok: true });
    return Promise.resolve({
      ok: true,
      invocation: {
        requestId: '8f5e1c2a-0000-4000-8000-000000000001',
        runtime: 'nodejs22.x',
        status: 'ok',
        response: { batchItemFailures: [] },
        logLines: [
          'START RequestId: 8f5e1c2a-0000-4000-8000-000000000001 Version: $LATEST',
          'END RequestId: 8f5e1c2a-0000-4000-8000-000000000001',
        ],
        ...invocation,
      },
    });
  };
  const run = (line: string) =>
    runCliAsync(line, () => null, {
      invoke,
      writeFile: (path, text) => files.set(path, text),
      readFile: (path) => (files.has(path) ? new TextEncoder().encode(files.get(path)) : null),
    });
  return { run, files, events };
}

describe('aws lambda invoke', () => {
  it('reads --payload as base64 unless told otherwise, as every CLI v2 blob', async () => {
    const { run, events } = invokeConsole();
    expect(await run(`aws lambda invoke --function-name lab-consumer --payload '{"a": 1}' out.json`)).toEqual({
      stdout: '',
      stderr: '\nInvalid base64: "{"a": 1}"\n',
      exitCode: 255,
    });
    const ok = await run(
      `aws lambda invoke --function-name lab-consumer --cli-binary-format raw-in-base64-out --payload '{"a": 1}' out.json`,
    );
    expect(ok).toEqual({
      stdout: '{\n    "StatusCode": 200,\n    "ExecutedVersion": "$LATEST"\n}\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await run('aws lambda invoke --function-name lab-consumer --payload eyJiIjogMn0= out.json')).toMatchObject({
      exitCode: 0,
    });
    expect(events).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('writes the response to the outfile, which cat prints', async () => {
    const { run, files } = invokeConsole();
    await run('aws lambda invoke --function-name lab-consumer response.json');
    expect(files.get('response.json')).toBe('{"batchItemFailures":[]}');
    expect(await run('cat response.json')).toEqual({ stdout: '{"batchItemFailures":[]}\n', stderr: '', exitCode: 0 });
    expect(await run('cat nope.json')).toEqual({
      stdout: '',
      stderr: 'cat: nope.json: No such file or directory\n',
      exitCode: 1,
    });
  });

  it('sends {} without a payload, and refuses one that is not JSON in Lambda’s words', async () => {
    const { run, events } = invokeConsole();
    await run('aws lambda invoke --function-name lab-consumer out.json');
    expect(events).toEqual([{}]);
    expect(
      await run(
        'aws lambda invoke --function-name lab-consumer --cli-binary-format raw-in-base64-out --payload hello out',
      ),
    ).toEqual({
      stdout: '',
      stderr:
        "\nAn error occurred (InvalidRequestContentException) when calling the Invoke operation: Could not parse request body into json: Could not parse payload into json: Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n",
      exitCode: 254,
    });
  });

  it('needs the function name and the outfile, worded as the CLI words it', async () => {
    const { run } = invokeConsole();
    expect((await run('aws lambda invoke out.json')).stderr).toContain(
      'aws: error: the following arguments are required: --function-name\n',
    );
    expect((await run('aws lambda invoke --function-name lab-consumer')).stderr).toContain(
      'aws: error: the following arguments are required: outfile\n',
    );
    expect((await run('aws lambda invoke --function-name lab-consumer a.json b.json')).stderr).toContain(
      'aws: error: Unknown options: b.json\n',
    );
  });

  it('reports a function error as Unhandled, with the runtime’s error document in the outfile', async () => {
    const error = { errorType: 'TypeError', errorMessage: 'x is undefined', stackTrace: ['TypeError: x is undefined'] };
    const node = invokeConsole({ status: 'error', error });
    expect((await node.run('aws lambda invoke --function-name lab-consumer out.json')).stdout).toBe(
      '{\n    "StatusCode": 200,\n    "FunctionError": "Unhandled",\n    "ExecutedVersion": "$LATEST"\n}\n',
    );
    expect(JSON.parse(node.files.get('out.json')!)).toEqual({
      errorType: 'TypeError',
      errorMessage: 'x is undefined',
      trace: ['TypeError: x is undefined'],
    });
    const python = invokeConsole({ status: 'error', error, runtime: 'python3.12' });
    await python.run('aws lambda invoke --function-name lab-consumer out.json');
    expect(Object.keys(JSON.parse(python.files.get('out.json')!))).toEqual([
      'errorMessage',
      'errorType',
      'requestId',
      'stackTrace',
    ]);
    const timeout = {
      errorType: 'Sandbox.Timedout',
      errorMessage: 'RequestId: r1 Error: Task timed out after 3.00 seconds',
      stackTrace: [],
    };
    const timedOut = invokeConsole({ status: 'timeout', error: timeout });
    await timedOut.run('aws lambda invoke --function-name lab-consumer out.json');
    expect(JSON.parse(timedOut.files.get('out.json')!)).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: 'RequestId: r1 Error: Task timed out after 3.00 seconds',
    });
  });

  it('returns the log’s last 4 KB as LogResult with --log-type Tail', async () => {
    const long = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(30)}`);
    const { run } = invokeConsole({ logLines: long });
    const result = await run(
      'aws lambda invoke --function-name lab-consumer --log-type Tail --query LogResult --output text out.json',
    );
    const tail = decode(result.stdout.trim());
    expect(new TextEncoder().encode(tail).length).toBe(4096);
    expect(tail.endsWith(`line 199 ${'x'.repeat(30)}\n`)).toBe(true);
  });

  it('answers Event with 202 and DryRun with 204, and checks the enums', async () => {
    const { run, files } = invokeConsole();
    expect(
      (await run('aws lambda invoke --function-name lab-consumer --invocation-type Event out.json --output text'))
        .stdout,
    ).toBe('202\n');
    expect(files.get('out.json')).toBe('');
    expect(
      (await run('aws lambda invoke --function-name lab-consumer --invocation-type DryRun --query StatusCode out.json'))
        .stdout,
    ).toBe('204\n');
    expect((await run('aws lambda invoke --function-name lab-consumer --invocation-type Sync out.json')).stderr).toBe(
      "\nAn error occurred (ValidationException) when calling the Invoke operation: 1 validation error detected: Value 'Sync' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]\n",
    );
    expect((await run('aws lambda invoke --function-name lab-consumer --log-type All out.json')).stderr).toContain(
      "Value 'All' at 'logType'",
    );
  });

  it('passes the service’s errors through, and says why the playground cannot invoke', async () => {
    const { run } = invokeConsole();
    expect((await run('aws lambda invoke --function-name missing out.json')).stderr).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the Invoke operation: Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing\n',
    );
    const sync = runCli('aws lambda invoke --function-name f out.json', () => null);
    expect(sync.exitCode).toBe(255);
    expect(sync.stderr).toContain('this simulation’s functions are modelled');
    expect(runCli('aws lambda invoke help', () => null).stdout).toContain('<outfile>');
  });
});
