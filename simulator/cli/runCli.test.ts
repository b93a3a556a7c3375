import { describe, expect, it } from 'vitest';
import { apiCommand } from '../api/apiCommand';
import { callApi } from '../api/callApi';
import { advance } from '../engine/advance';
import { applyCommand, type SimCommand } from '../engine/commands';
import { checkGoal } from '../scenarios/checkGoal';
import { startScenario } from '../scenarios/loadScenario';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';
import { createSimulation } from '../engine/createSimulation';
import type { SimState } from '../engine/types';
import { runCli, type CliCaller } from './runCli';

function console_(): { sim: SimState; run: (line: string) => ReturnType<typeof runCli> } {
  const sim = createSimulation({ seed: 1 });
  const call: CliCaller = (service, operation, input) => callApi(sim, operation, input, service);
  return { sim, run: (line) => runCli(line, call) };
}

describe('runCli: the first lab, command by command', () => {
  it('creates a stream, fails on plain-text data as CLI v2 does, then writes and reads it back', () => {
    const { sim, run } = console_();
    expect(run('aws kinesis create-stream --stream-name my-first-stream --shard-count 1')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    advance(sim, sim.now + 10_000);
    expect(
      run(
        `aws kinesis describe-stream-summary --stream-name my-first-stream --query 'StreamDescriptionSummary.StreamStatus' --output text`,
      ).stdout,
    ).toBe('ACTIVE\n');

    // The classic mistake: CLI v2 reads --data as base64.
    expect(
      run('aws kinesis put-record --stream-name my-first-stream --partition-key user-1 --data "hello from user-1"'),
    ).toEqual({
      stdout: '',
      stderr: '\nInvalid base64: "hello from user-1"\n',
      exitCode: 255,
    });
    const put = run(
      'aws kinesis put-record \\\n  --stream-name my-first-stream \\\n  --partition-key user-1 \\\n  --data "hello from user-1" \\\n  --cli-binary-format raw-in-base64-out',
    );
    expect(put.exitCode).toBe(0);
    const written = JSON.parse(put.stdout) as { ShardId: string; SequenceNumber: string };
    expect(written.ShardId).toBe('shardId-000000000000');
    expect(put.stdout).toMatch(/^\{\n {4}"ShardId"/);

    const iterator = run(
      `aws kinesis get-shard-iterator --stream-name my-first-stream --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON --query ShardIterator --output text`,
    ).stdout.trim();
    const records = run(
      `aws kinesis get-records --shard-iterator ${iterator} --query 'Records[].[PartitionKey, Data]' --output text`,
    );
    expect(records.stdout).toBe(`user-1\t${btoa('hello from user-1')}\n`);

    expect(run('aws kinesis list-streams --output text').stdout).toBe(
      'False\nSTREAMNAMES\tmy-first-stream\n' +
        'STREAMSUMMARIES\tarn:aws:kinesis:us-east-1:000000000000:stream/my-first-stream\t1767225600\tmy-first-stream\tACTIVE\n' +
        'STREAMMODEDETAILS\tPROVISIONED\n',
    );
    expect(run('aws kinesis delete-stream --stream-name my-first-stream').exitCode).toBe(0);
  });

  it('reports service errors in the AWS CLI wording, with exit code 254', () => {
    const { run } = console_();
    expect(run('aws kinesis describe-stream --stream-name nope')).toEqual({
      stdout: '',
      stderr:
        '\nAn error occurred (ResourceNotFoundException) when calling the DescribeStream operation: Stream nope under account 000000000000 not found.\n',
      exitCode: 254,
    });
  });
});

describe('runCli: usage errors as CLI v2 words them', () => {
  const { run } = console_();
  it('names missing required arguments', () => {
    const r = run('aws kinesis put-record --stream-name s');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toMatch(/^usage: aws \[options\] <command> <subcommand>/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      'aws: error: the following arguments are required: --data, --partition-key',
    );
  });

  it('refuses unknown options, services and operations, and bad values', () => {
    expect(run('aws kinesis list-streams --colour red').stderr).toContain('aws: error: Unknown options: --colour');
    expect(run('aws kinesiss list-streams').stderr).toContain(
      'aws: error: argument command: Invalid choice, valid choices are:',
    );
    expect(run('aws kinesis put-recrd').stderr).toContain('aws: error: argument operation: Invalid choice');
    expect(run('aws kinesis create-stream --stream-name s --shard-count two').stderr).toContain(
      "aws: error: argument --shard-count: invalid int value: 'two'",
    );
    expect(run('aws kinesis list-streams --output xml').stderr).toContain('argument --output: Invalid choice');
    expect(run(`aws kinesis list-streams --query 'StreamNames[`).stderr).toContain(
      'aws: error: unexpected end of input: a single quote is not closed',
    );
  });

  it('prints help for a command, and says what is not an aws command', () => {
    const help = run('aws kinesis put-record help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('--partition-key <string>');
    expect(run('ls -la')).toMatchObject({
      exitCode: 127,
      stderr: 'ls: command not found (this console runs aws commands, and cat)\n',
    });
  });
});

describe('runCli: output formats', () => {
  it('prints text and table output, and applies --query before either', () => {
    const { sim, run } = console_();
    run('aws kinesis create-stream --stream-name orders --shard-count 2');
    advance(sim, sim.now + 10_000);
    expect(run(`aws kinesis list-shards --stream-name orders --query 'Shards[].ShardId' --output text`).stdout).toBe(
      'shardId-000000000000\tshardId-000000000001\n',
    );
    expect(
      run(
        `aws kinesis list-shards --stream-name orders --query 'Shards[].{Id: ShardId, Parent: ParentShardId}' --output table`,
      ).stdout,
    ).toBe(
      [
        '---------------------------------',
        '|          ListShards           |',
        '+----------------------+--------+',
        '| Id                   | Parent |',
        '+----------------------+--------+',
        '| shardId-000000000000 | None   |',
        '| shardId-000000000001 | None   |',
        '+----------------------+--------+',
        '',
      ].join('\n'),
    );
    const table = run(
      `aws kinesis describe-stream-summary --stream-name orders --query 'StreamDescriptionSummary.{Name: StreamName, Shards: OpenShardCount}' --output table`,
    );
    expect(table.stdout.split('\n').slice(0, 5)).toEqual([
      '-------------------------',
      '| DescribeStreamSummary |',
      '+-----------------------+',
      '| Name   | orders       |',
      '| Shards | 2            |',
    ]);
  });
});

describe('runCli: Firehose', () => {
  it('creates a Direct PUT stream and sends records, base64 rules included', () => {
    const { sim, run } = console_();
    const created = run(
      `aws firehose create-delivery-stream --delivery-stream-name clicks --delivery-stream-type DirectPut --extended-s3-destination-configuration '{"BucketARN":"arn:aws:s3:::clicks-lake","RoleARN":"arn:aws:iam::000000000000:role/firehose"}'`,
    );
    expect(created.exitCode).toBe(0);
    expect(JSON.parse(created.stdout)).toHaveProperty('DeliveryStreamARN');
    advance(sim, sim.now + 10_000);
    expect(run(`aws firehose put-record --delivery-stream-name clicks --record 'Data=not base64!'`)).toMatchObject({
      exitCode: 255,
      stderr: '\nInvalid base64: "not base64!"\n',
    });
    const put = run(
      `aws firehose put-record --delivery-stream-name clicks --record Data=hello --cli-binary-format raw-in-base64-out`,
    );
    expect(put.exitCode).toBe(0);
    expect(JSON.parse(put.stdout)).toHaveProperty('RecordId');
    expect(run(`aws firehose list-delivery-streams --query DeliveryStreamNames --output text`).stdout).toBe('clicks\n');
  });
});

describe('runCli: Lambda event source mappings', () => {
  it('fixes the poison pill from the command line, with a replayable command log', () => {
    const scenario = loadScenarioFile('lambda-poison-pill');
    const sim = startScenario(scenario);
    const log: SimCommand[] = [];
    const call: CliCaller = (service, operation, input) => {
      const command = apiCommand(service, operation, input);
      log.push(command);
      return applyCommand(sim, command, callApi);
    };
    const run = (line: string) => runCli(line, call);
    advance(sim, sim.now + 120_000);
    expect(checkGoal(sim, scenario.goal!.constraints).every((c) => c.met)).toBe(false);

    const listed = run(
      `aws lambda list-event-source-mappings --function-name enrich-orders --query 'EventSourceMappings[].[UUID, BatchSize, BisectBatchOnFunctionError]' --output text`,
    );
    const [uuid, batchSize, bisect] = listed.stdout.trim().split('\t');
    expect([batchSize, bisect]).toEqual(['100', 'False']);

    const updated = run(
      `aws lambda update-event-source-mapping --uuid ${uuid} --bisect-batch-on-function-error --maximum-retry-attempts 2 \\\n  --destination-config '{"OnFailure":{"Destination":"arn:aws:sqs:us-east-1:000000000000:orders-dlq"}}'`,
    );
    expect(updated.exitCode).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({ BisectBatchOnFunctionError: true, MaximumRetryAttempts: 2 });
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => c.met)).toEqual([true, true]);

    expect(
      run(`aws lambda update-event-source-mapping --uuid ${uuid} --no-enabled --query State --output text`).stdout,
    ).toMatch(/^(Disabling|Disabled)\n$/);
    expect(run('aws lambda get-event-source-mapping --uuid 00000000-0000-0000-0000-000000000000')).toMatchObject({
      exitCode: 254,
      stderr: expect.stringMatching(
        /^\nAn error occurred \(ResourceNotFoundException\) when calling the GetEventSourceMapping operation: /,
      ),
    });
    // The console's calls are ordinary `lambda/call` entries of the command log, which share links replay.
    expect(log.every((c) => c.type === 'lambda/call')).toBe(true);
  });
});
