import { loadPyodide } from 'pyodide';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPythonRuntime, type PythonInvocation, type PythonRuntime } from './pythonRuntime';
import type { InvocationContext } from './sandboxTypes';

// The real CPython 3.12 of the pyodide package, loaded once for the file (about 2-3 s in Node).
let runtime: PythonRuntime;
let logs: string[] = [];

beforeAll(async () => {
  const pyodide = await loadPyodide();
  runtime = createPythonRuntime(pyodide, (message) => logs.push(message));
}, 60_000);

beforeEach(() => {
  logs = [];
});

const context: InvocationContext = {
  functionName: 'ProcessKinesisRecords',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:ProcessKinesisRecords',
  memoryLimitInMB: 128,
  awsRequestId: '8f5c2a8e-0b6f-4f3e-9a43-1c2d3e4f5a6b',
  logGroupName: '/aws/lambda/ProcessKinesisRecords',
  logStreamName: '2026/11/22/[$LATEST]0123456789abcdef0123456789abcdef',
  timeoutMs: 3000,
};

function run(source: string | null, event: unknown = {}, files: Record<string, string> = {}): PythonInvocation {
  return runtime.invoke({
    handler: 'lambda_function.lambda_handler',
    files: source === null ? files : { 'lambda_function.py': source, ...files },
    event,
    context,
  });
}

const py = (...lines: string[]) => lines.join('\n') + '\n';

describe('a successful invocation', () => {
  it('returns the response after a JSON round trip and reports the import only on the cold start', () => {
    const source = py(
      'calls = 0',
      'def lambda_handler(event, context):',
      '    global calls',
      '    calls += 1',
      '    return {"statusCode": 200, "calls": calls, "echo": event, "tuple": (1, 2), "text": "Grüße"}',
    );
    const cold = run(source, { n: 1 });
    expect(cold.outcome).toEqual({
      status: 'ok',
      response: { statusCode: 200, calls: 1, echo: { n: 1 }, tuple: [1, 2], text: 'Grüße' },
    });
    expect(cold.importMs).toBeGreaterThan(0);
    expect(cold.durationMs).toBeGreaterThanOrEqual(0);

    // Same deployment: a warm start keeps module state, as a reused execution environment does.
    const warm = run(source, { n: 2 });
    expect(warm.outcome).toMatchObject({ status: 'ok', response: { calls: 2, echo: { n: 2 } } });
    expect(warm.importMs).toBeNull();
  });

  it('imports a changed deployment fresh, helper modules included', () => {
    const helper = (value: string) => ({ 'helper.py': py(`VALUE = "${value}"`) });
    const source = py('import helper', 'def lambda_handler(event, context):', '    return helper.VALUE');
    expect(run(source, {}, helper('one')).outcome).toEqual({ status: 'ok', response: 'one' });
    const redeployed = run(source, {}, helper('two'));
    expect(redeployed.outcome).toEqual({ status: 'ok', response: 'two' });
    expect(redeployed.importMs).not.toBeNull();
  });

  it('returns null for a handler that returns None, and Decimal as a number', () => {
    expect(run(py('def lambda_handler(event, context):', '    pass')).outcome).toEqual({
      status: 'ok',
      response: null,
    });
    const decimals = py(
      'from decimal import Decimal',
      'def lambda_handler(event, context):',
      '    return [Decimal("3"), Decimal("2.5")]',
    );
    expect(run(decimals).outcome).toEqual({ status: 'ok', response: [3, 2.5] });
  });

  it('decodes the data of a Kinesis event record with base64 from the standard library', () => {
    const source = py(
      'import base64',
      'def lambda_handler(event, context):',
      '    for record in event["Records"]:',
      '        payload = base64.b64decode(record["kinesis"]["data"]).decode("utf-8")',
      '        print("Decoded payload: " + payload)',
      '    return len(event["Records"])',
    );
    const event = {
      Records: [
        {
          kinesis: {
            kinesisSchemaVersion: '1.0',
            partitionKey: 'user-1',
            sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
            data: Buffer.from('hello from user-1').toString('base64'),
            approximateArrivalTimestamp: 1795354106.509,
          },
          eventSource: 'aws:kinesis',
          eventVersion: '1.0',
          eventID: 'shardId-000000000000:49590338271490256608559692538361571095921575989136588898',
          eventName: 'aws:kinesis:record',
          invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-kinesis-role',
          awsRegion: 'eu-west-1',
          eventSourceARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/lab-stream',
        },
      ],
    };
    expect(run(source, event).outcome).toEqual({ status: 'ok', response: 1 });
    expect(logs).toEqual(['Decoded payload: hello from user-1']);
  });
});

describe('the context object', () => {
  it("carries Lambda's Python attribute names", () => {
    const source = py(
      'def lambda_handler(event, context):',
      '    names = ["function_name", "function_version", "invoked_function_arn", "memory_limit_in_mb",',
      '             "aws_request_id", "log_group_name", "log_stream_name"]',
      '    return {name: getattr(context, name) for name in names}',
    );
    expect(run(source).outcome).toEqual({
      status: 'ok',
      response: {
        function_name: 'ProcessKinesisRecords',
        function_version: '$LATEST',
        invoked_function_arn: context.invokedFunctionArn,
        memory_limit_in_mb: '128',
        aws_request_id: context.awsRequestId,
        log_group_name: context.logGroupName,
        log_stream_name: context.logStreamName,
      },
    });
  });

  it('counts get_remaining_time_in_millis down from the timeout', () => {
    const source = py(
      'import time',
      'def lambda_handler(event, context):',
      '    first = context.get_remaining_time_in_millis()',
      '    time.sleep(0.2)',
      '    return [first, context.get_remaining_time_in_millis()]',
    );
    const outcome = run(source).outcome;
    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    const [first, second] = outcome.response as [number, number];
    expect(first).toBeGreaterThan(2900);
    expect(first).toBeLessThanOrEqual(3000);
    expect(first - second).toBeGreaterThanOrEqual(195);
    expect(first - second).toBeLessThan(1000);
  });

  it('sets the environment variables a function reads', () => {
    const source = py(
      'import os',
      'def lambda_handler(event, context):',
      '    return [os.environ["AWS_REGION"], os.environ["AWS_LAMBDA_FUNCTION_NAME"], os.getcwd()]',
    );
    expect(run(source).outcome).toEqual({
      status: 'ok',
      response: ['eu-west-1', 'ProcessKinesisRecords', '/var/task'],
    });
  });
});

describe('logs', () => {
  it('turns every printed line into one log event, stderr included', () => {
    const source = py(
      'import sys',
      'print("loaded")',
      'def lambda_handler(event, context):',
      '    print("first")',
      '    print("second\\nthird")',
      '    print("no newline", end="")',
      '    sys.stderr.write("to stderr\\n")',
    );
    run(source);
    expect(logs).toEqual(['loaded', 'first', 'second', 'third', 'to stderr', 'no newline']);
  });

  it("formats logging records as Lambda's root logger does, at its default WARNING level", () => {
    const source = py(
      'import logging',
      'logging.warning("during init")',
      'logger = logging.getLogger()',
      'def lambda_handler(event, context):',
      '    logger.info("hidden until the level is set")',
      '    logger.setLevel(logging.INFO)',
      '    logger.info("processed %d records", 3)',
    );
    run(source);
    const time = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';
    expect(logs).toHaveLength(2);
    // No request id during init: Lambda runs module code before the first invocation exists.
    expect(logs[0]).toMatch(new RegExp(`^\\[WARNING\\]\\t${time}\\t\\tduring init$`));
    expect(logs[1]).toMatch(new RegExp(`^\\[INFO\\]\\t${time}\\t${context.awsRequestId}\\tprocessed 3 records$`));
  });
});

describe('errors', () => {
  const nbsp = '\u00a0';

  it("reports an exception with Lambda's stack trace and [ERROR] record", () => {
    const source = py(
      'import base64',
      '',
      '',
      'def lambda_handler(event, context):',
      '    for record in event["Records"]:',
      '        print("processing")',
      '        payload = record["data"]',
      '    return "done"',
    );
    const result = run(source, { Records: [{ kinesis: {} }] });
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'KeyError',
        errorMessage: "'data'",
        stackTrace: [
          '  File "/var/task/lambda_function.py", line 7, in lambda_handler\n    payload = record["data"]\n',
        ],
      },
    });
    expect(logs).toEqual([
      'processing',
      [
        "[ERROR] KeyError: 'data'",
        'Traceback (most recent call last):',
        `${nbsp.repeat(2)}File "/var/task/lambda_function.py", line 7, in lambda_handler`,
        `${nbsp.repeat(4)}payload = record["data"]`,
      ].join('\n'),
    ]);
  });

  it('shows the import machinery in the trace of an exception raised while the module loads', () => {
    const result = run(
      py('import os', 'TABLE = os.environ["TABLE_NAME"]', 'def lambda_handler(event, context):', '    pass'),
    );
    if (result.outcome.status !== 'error') throw new Error('expected an error');
    const { errorType, errorMessage, stackTrace } = result.outcome.error;
    expect([errorType, errorMessage]).toEqual(['KeyError', "'TABLE_NAME'"]);
    expect(stackTrace[0]).toMatch(
      /^ {2}File "\/var\/lang\/lib\/python3\.12\/importlib\/__init__\.py", line \d+, in import_module/,
    );
    expect(stackTrace.at(-2)).toBe(
      '  File "/var/task/lambda_function.py", line 2, in <module>\n    TABLE = os.environ["TABLE_NAME"]\n',
    );
  });

  it('reports a syntax error as Runtime.UserCodeSyntaxError with the CPython message', () => {
    const result = run(py('import json', '', 'def lambda_handler(event, context)', '    return 1'));
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'Runtime.UserCodeSyntaxError',
        errorMessage: "Syntax error in module 'lambda_function': expected ':' (lambda_function.py, line 3)",
        stackTrace: ['  File "/var/task/lambda_function.py" Line 3\n    def lambda_handler(event, context)\n'],
      },
    });
    expect(result.durationMs).toBe(0);
    expect(logs[0]).toBe(
      [
        "[ERROR] Runtime.UserCodeSyntaxError: Syntax error in module 'lambda_function': expected ':' (lambda_function.py, line 3)",
        'Traceback (most recent call last):',
        `${nbsp.repeat(2)}File "/var/task/lambda_function.py" Line 3`,
        `${nbsp.repeat(4)}def lambda_handler(event, context)`,
      ].join('\n'),
    );
    expect(run(py('x = = 1')).outcome).toMatchObject({
      error: { errorMessage: "Syntax error in module 'lambda_function': invalid syntax (lambda_function.py, line 1)" },
    });
  });

  it('reports a missing handler function as Runtime.HandlerNotFound', () => {
    const result = run(py('def handler(event, context):', '    return 1'));
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: "Handler 'lambda_handler' missing on module 'lambda_function'",
        stackTrace: [],
      },
    });
    expect(logs).toEqual([
      "[ERROR] Runtime.HandlerNotFound: Handler 'lambda_handler' missing on module 'lambda_function'\nTraceback (most recent call last):",
    ]);
  });

  it('reports a missing module, or a missing dependency, as Runtime.ImportModuleError', () => {
    expect(run(null, {}, { 'index.py': 'x = 1\n' }).outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: "Unable to import module 'lambda_function': No module named 'lambda_function'",
        stackTrace: [],
      },
    });
    expect(run(py('import requests', 'def lambda_handler(event, context):', '    pass')).outcome).toMatchObject({
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: "Unable to import module 'lambda_function': No module named 'requests'",
      },
    });
  });

  it('retries a failed init on the next invocation', () => {
    run(py('def handler(event, context):', '    pass'));
    const again = run(py('def handler(event, context):', '    pass'));
    expect(again.outcome).toMatchObject({ error: { errorType: 'Runtime.HandlerNotFound' } });
    expect(again.importMs).not.toBeNull();
  });

  it('reports a response that is not JSON serializable as Runtime.MarshalError', () => {
    const result = run(py('def lambda_handler(event, context):', '    return {"ids": {1, 2}}'));
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'Runtime.MarshalError',
        errorMessage: 'Unable to marshal response: Object of type set is not JSON serializable',
        stackTrace: [],
      },
    });
  });

  it('reports sys.exit as Runtime.ExitError and starts the next invocation cold', () => {
    const source = py('import sys', 'def lambda_handler(event, context):', '    sys.exit(3)');
    const result = run(source);
    const message = `RequestId: ${context.awsRequestId} Error: Runtime exited with error: exit status 3`;
    expect(result.outcome).toEqual({
      status: 'error',
      error: { errorType: 'Runtime.ExitError', errorMessage: message, stackTrace: [] },
    });
    expect(logs).toEqual([`${message}\nRuntime.ExitError`]);
    expect(run(source).importMs).not.toBeNull();
  });
});
