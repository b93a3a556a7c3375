import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { textToBase64 } from '../engine/base64';
import { applyCommand } from '../engine/commands';
import { createSimulation } from '../engine/createSimulation';
import { runCli, type CliCaller } from './runCli';
import { humanSize } from './s3Commands';

/** A Firehose stream delivering to `lab-archive` every 60 s, with two objects written a minute apart. */
function archive() {
  const sim = createSimulation({ seed: 4 });
  const call: CliCaller = (service, operation, input) => callApi(sim, operation, input, service);
  const advance = (ms: number) => applyCommand(sim, { type: 'time/advance', until: sim.now + ms });
  call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: 'to-archive',
    DeliveryStreamType: 'DirectPut',
    ExtendedS3DestinationConfiguration: {
      BucketARN: 'arn:aws:s3:::lab-archive',
      RoleARN: 'arn:aws:iam::000000000000:role/firehose-role',
      BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
    },
  });
  advance(2000);
  const put = (lines: string[]) =>
    call('firehose', 'PutRecordBatch', {
      DeliveryStreamName: 'to-archive',
      Records: lines.map((line) => ({ Data: textToBase64(`${line}\n`) })),
    });
  put(['{"n":1}', '{"n":2}']);
  advance(61_000);
  put(['{"n":3}']);
  advance(61_000);
  const files = new Map<string, string>();
  const run = (line: string) =>
    runCli(line, call, {
      s3: () => sim.firehose?.buckets ?? {},
      writeFile: (path, text) => files.set(path, text),
      readFile: (path) => (files.has(path) ? new TextEncoder().encode(files.get(path)) : null),
    });
  return { sim, run, files };
}

describe('aws s3 over the buckets Firehose delivers to', () => {
  it('lists buckets, one folder level at a time, and every key with --recursive', () => {
    const { sim, run } = archive();
    const [first, second] = sim.firehose!.buckets['lab-archive']!.objects.map((o) => o.key);
    expect(first).toMatch(/^2026\/01\/01\/00\/to-archive-1-2026-01-01-00-01-02-[0-9a-f-]{36}$/);
    expect(run('aws s3 ls')).toEqual({ stdout: '2026-01-01 00:01:02 lab-archive\n', stderr: '', exitCode: 0 });
    expect(run('aws s3 ls s3://lab-archive/').stdout).toBe(`${' '.repeat(27)}PRE 2026/\n`);
    expect(run('aws s3 ls s3://lab-archive/2026/01/').stdout).toBe(`${' '.repeat(27)}PRE 01/\n`);
    expect(run('aws s3 ls s3://lab-archive --recursive --summarize').stdout).toBe(
      `2026-01-01 00:01:02         16 ${first}\n2026-01-01 00:02:03          8 ${second}\n\nTotal Objects: 2\n   Total Size: 24\n`,
    );
    expect(run('aws s3 ls s3://lab-archive/2026/01/01/00/ --human-readable').stdout).toBe(
      `2026-01-01 00:01:02   16 Bytes ${first!.slice(14)}\n2026-01-01 00:02:03    8 Bytes ${second!.slice(14)}\n`,
    );
  });

  it('prints an object with cp … -, or copies it to a file for cat', () => {
    const { sim, run, files } = archive();
    const [first] = sim.firehose!.buckets['lab-archive']!.objects.map((o) => o.key);
    expect(run(`aws s3 cp s3://lab-archive/${first} -`)).toEqual({
      stdout: '{"n":1}\n{"n":2}\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run(`aws s3 cp s3://lab-archive/${first} first.json`).stdout).toBe(
      `download: s3://lab-archive/${first} to ./first.json\n`,
    );
    expect(files.get('first.json')).toBe('{"n":1}\n{"n":2}\n');
    expect(run('cat first.json').stdout).toBe('{"n":1}\n{"n":2}\n');
  });

  it('words missing buckets and keys, and what it does not do, as the CLI would', () => {
    const { run } = archive();
    expect(run('aws s3 ls s3://nope')).toEqual({
      stdout: '',
      stderr:
        '\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n',
      exitCode: 254,
    });
    expect(run('aws s3 cp s3://lab-archive/missing.json -')).toEqual({
      stdout: '',
      stderr:
        'fatal error: An error occurred (404) when calling the HeadObject operation: Key "missing.json" does not exist\n',
      exitCode: 1,
    });
    expect(run('aws s3 cp local.json s3://lab-archive/x').stderr).toContain('copies from S3 only');
    expect(run('aws s3 cp s3://lab-archive/x').stderr).toContain(
      'aws: error: the following arguments are required: paths',
    );
    expect(run('aws s3 ls --everything').stderr).toContain('aws: error: Unknown options: --everything');
    expect(run('aws s3 mb s3://new').stderr).toContain('this console runs aws s3 ls and aws s3 cp');
    expect(run('aws s3 help').stdout).toContain('aws s3 cp s3://bucket/key <file | ->');
  });
});

describe('what the simulator does not keep', () => {
  it('says when a listing or an object is partial instead of looking complete', () => {
    const object = {
      key: 'a/b.json',
      size: 300,
      records: 3,
      createdAt: Date.UTC(2026, 0, 1, 0, 5),
      firstArrival: Date.UTC(2026, 0, 1, 0, 4),
      deliveryStream: 'to-archive',
      contents: [textToBase64('{"n":1}\n')],
    };
    const bucket = { name: 'big', objects: [object], objectCount: 5_000, bytes: 1_500_000, records: 15_000 };
    const run = (line: string) => runCli(line, () => null, { s3: () => ({ big: bucket }) });
    expect(run('aws s3 ls s3://big --recursive')).toEqual({
      stdout: '2026-01-01 00:05:00        300 a/b.json\n',
      stderr: "(The simulator keeps a bucket's newest 200 objects: 1 of 5,000 listed.)\n",
      exitCode: 0,
    });
    expect(run('aws s3 cp s3://big/a/b.json -')).toEqual({
      stdout: '{"n":1}\n',
      stderr:
        "(The simulator keeps the contents of records put through the API: 1 of this object's 3 records are shown.)\n",
      exitCode: 0,
    });
  });
});

describe('humanSize', () => {
  it('prints sizes as the CLI’s --human-readable does', () => {
    expect([1, 512, 1536, 3 * 1024 * 1024].map(humanSize)).toEqual(['1 Byte', '512 Bytes', '1.5 KiB', '3.0 MiB']);
  });
});
