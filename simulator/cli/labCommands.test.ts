import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { zipPackage } from '../api/lambda/deploymentPackage';
import { applyCommand } from '../engine/commands';
import { createSimulation } from '../engine/createSimulation';
import { awaitingInvocations } from '../engine/lambda/codeInvocations';
import { parseCli } from './parseCli';
import { runCli, type CliCaller } from './runCli';
import { tokenize } from './tokenize';

const HANDLER = `export const handler = async (event) => {
  for (const record of event.Records) console.log(Buffer.from(record.kinesis.data, 'base64').toString());
};`;

/** Lab 1's console: the simulation, its files (function.zip is the editor's code) and the clock. */
function labConsole() {
  const sim = createSimulation({ seed: 3 });
  const files: Record<string, Uint8Array> = { 'function.zip': zipPackage({ 'index.mjs': HANDLER }) };
  const call: CliCaller = (service, operation, input) => callApi(sim, operation, input, service);
  const run = (line: string) => runCli(line, call, { readFile: (p) => files[p] ?? null, now: sim.now });
  const advance = (ms: number) => applyCommand(sim, { type: 'time/advance', until: sim.now + ms });
  return { sim, run, advance };
}

const ROLE = 'arn:aws:iam::000000000000:role/lambda-kinesis-role';

describe('the command lines of lab 1, parsed as AWS CLI v2 parses them', () => {
  const table: [string, Record<string, unknown>][] = [
    ['aws kinesis create-stream --stream-name lab-stream --shard-count 1', { StreamName: 'lab-stream', ShardCount: 1 }],
    ['aws kinesis describe-stream-summary --stream-name lab-stream', { StreamName: 'lab-stream' }],
    [
      `aws lambda create-function --function-name lab-consumer --runtime nodejs22.x --role ${ROLE} --handler index.handler --zip-file fileb://function.zip`,
      // --zip-file goes into Code.ZipFile, as in CreateFunction's request.
      {
        FunctionName: 'lab-consumer',
        Runtime: 'nodejs22.x',
        Role: ROLE,
        Handler: 'index.handler',
        Code: { ZipFile: 'UEsFBg==' },
      },
    ],
    [
      'aws lambda create-event-source-mapping --function-name lab-consumer --event-source-arn arn:aws:kinesis:us-east-1:000000000000:stream/lab-stream --batch-size 100 --starting-position LATEST',
      {
        FunctionName: 'lab-consumer',
        EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/lab-stream',
        BatchSize: 100,
        StartingPosition: 'LATEST',
      },
    ],
    [
      'aws kinesis put-record --stream-name lab-stream --partition-key user-1 --data "hello from user-1" --cli-binary-format raw-in-base64-out',
      { StreamName: 'lab-stream', PartitionKey: 'user-1', Data: btoa('hello from user-1') },
    ],
    [
      'aws kinesis put-record --stream-name lab-stream --partition-key user-2 --data aGk=',
      { StreamName: 'lab-stream', PartitionKey: 'user-2', Data: 'aGk=' },
    ],
    ['aws lambda list-event-source-mappings --function-name lab-consumer', { FunctionName: 'lab-consumer' }],
    [
      'aws lambda delete-event-source-mapping --uuid 0b80ca32-6642-434c-835d-7d56eaef475c',
      { UUID: '0b80ca32-6642-434c-835d-7d56eaef475c' },
    ],
    ['aws lambda delete-function --function-name lab-consumer', { FunctionName: 'lab-consumer' }],
    ['aws kinesis delete-stream --stream-name lab-stream', { StreamName: 'lab-stream' }],
  ];
  it.each(table)('%s', (line, expected) => {
    const words = tokenize(line);
    if (!words.ok) throw new Error(words.error);
    const parsed = parseCli(words.words, (p) => (p === 'function.zip' ? new Uint8Array([80, 75, 5, 6]) : null));
    expect(parsed.kind).toBe('run');
    if (parsed.kind === 'run') expect(parsed.input).toMatchObject(expected);
  });

  it('reads fileb:// as bytes (base64 for the API) and names a missing file as the CLI does', () => {
    const words = [
      'aws',
      'lambda',
      'update-function-code',
      '--function-name',
      'f',
      '--zip-file',
      'fileb://function.zip',
    ];
    const parsed = parseCli(words, () => new Uint8Array([1, 2, 3]));
    expect(parsed).toMatchObject({ kind: 'run', input: { ZipFile: 'AQID' } });
    expect(parseCli(words)).toEqual({
      kind: 'error',
      stderr:
        "\nError parsing parameter '--zip-file': Unable to load paramfile fileb://function.zip: [Errno 2] No such file or directory: 'function.zip'\n",
      exitCode: 255,
    });
  });
});

describe('lab 1 in the console, end to end', () => {
  it('creates the function from the editor’s package, maps it, and tails its logs', () => {
    const { sim, run, advance } = labConsole();
    expect(run('aws kinesis create-stream --stream-name lab-stream --shard-count 1').exitCode).toBe(0);
    advance(2000);
    const created = run(
      `aws lambda create-function --function-name lab-consumer --runtime nodejs22.x --role ${ROLE} --handler index.handler --zip-file fileb://function.zip --query '[State, Runtime, Handler, Timeout, MemorySize]' --output text`,
    );
    expect(created).toEqual({ stdout: 'Pending\tnodejs22.x\tindex.handler\t3\t128\n', stderr: '', exitCode: 0 });
    const mapped = run(
      'aws lambda create-event-source-mapping --function-name lab-consumer --event-source-arn arn:aws:kinesis:us-east-1:000000000000:stream/lab-stream --starting-position LATEST --query State --output text',
    );
    expect(mapped.stdout).toBe('Creating\n');
    advance(2000);
    expect(
      run('aws lambda get-function --function-name lab-consumer --query Configuration.State --output text').stdout,
    ).toBe('Active\n');
    expect(
      run('aws kinesis put-record --stream-name lab-stream --partition-key user-1 --data "hello from user-1"').stderr,
    ).toBe('\nInvalid base64: "hello from user-1"\n');
    run('aws kinesis put-record --stream-name lab-stream --partition-key user-1 --data aGVsbG8gZnJvbSB1c2VyLTE=');
    advance(2000);
    const [job] = awaitingInvocations(sim);
    expect(job!.event.Records).toHaveLength(1);
    applyCommand(sim, {
      type: 'lambda/completeInvocation',
      requestId: job!.requestId,
      report: {
        status: 'ok',
        response: null,
        logs: [{ level: 'INFO', message: 'hello from user-1' }],
        durationMs: 2.5,
        initDurationMs: 80,
      },
    });
    const tail = run('aws logs tail /aws/lambda/lab-consumer --since 5m');
    const lines = tail.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      new RegExp(
        `^2026-01-01T00:00:0\\d\\.000000\\+00:00 2026/01/01/\\[\\$LATEST\\][0-9a-f]{32} START RequestId: ${job!.requestId} Version: \\$LATEST$`,
      ),
    );
    expect(lines[1]).toContain(`\t${job!.requestId}\tINFO\thello from user-1`);
    expect(run('aws logs tail /aws/lambda/lab-consumer --format short --filter-pattern REPORT').stdout).toMatch(
      /^2026-01-01T00:00:0\d REPORT RequestId: .*Init Duration: 80\.00 ms\n$/,
    );
    expect(run('aws logs tail /aws/lambda/nope')).toMatchObject({
      exitCode: 254,
      stderr:
        '\nAn error occurred (ResourceNotFoundException) when calling the FilterLogEvents operation: The specified log group does not exist.\n',
    });
    expect(run('aws logs tail').stderr).toContain('aws: error: the following arguments are required: group_name');
    const uuid = run(
      'aws lambda list-event-source-mappings --query "EventSourceMappings[0].UUID" --output text',
    ).stdout.trim();
    expect(run(`aws lambda delete-event-source-mapping --uuid ${uuid} --query State --output text`).stdout).toBe(
      'Deleting\n',
    );
    expect(run('aws lambda delete-function --function-name lab-consumer')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect(run('aws lambda list-functions --output json').stdout).toBe('{\n    "Functions": []\n}\n');
  });

  it('explains an unsupported runtime and a package that is not a zip', () => {
    const { run } = labConsole();
    expect(
      run(
        `aws lambda create-function --function-name f --runtime java21 --role ${ROLE} --handler a.b --zip-file fileb://function.zip`,
      ).stderr,
    ).toBe(
      '\nAn error occurred (InvalidParameterValueException) when calling the CreateFunction operation: The runtime parameter of java21 is not available in this simulator: labs run nodejs22.x and python3.12.\n',
    );
    expect(
      run(
        `aws lambda create-function --function-name f --runtime nodejs22.x --role ${ROLE} --handler index.handler --zip-file aGVsbG8=`,
      ).stderr,
    ).toBe(
      '\nAn error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Could not unzip uploaded file. Please check your file, then try to upload again.\n',
    );
  });
});
