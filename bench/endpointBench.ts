// Endpoint figures: PutRecord and PutRecords calls per second through @aws-sdk/client-kinesis, against
// Shardlab's endpoint and against kinesalite (in-memory) on the same machine in the same run.
import { spawn } from 'node:child_process';
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  PutRecordCommand,
  PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';

interface Target {
  url: string;
  close: () => Promise<void>;
}

/**
 * Each server runs in its own process, as it would for a learner, so the SDK client (which signs every
 * request) and the server do not share one thread.
 */
async function spawnServer(command: string, args: string[], port: number): Promise<Target> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  // Never leave a server behind, even when a measurement fails.
  process.on('exit', () => child.kill());
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, { method: 'POST' });
      return { url, close: async () => void child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`${command} ${args.join(' ')} did not start`);
}

const shardlab = () =>
  spawnServer(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '4591', '--quiet'], 4591);

const kinesalite = () =>
  spawnServer(
    process.execPath,
    [
      '-e',
      "require('kinesalite')({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 1000 }).listen(4592, '127.0.0.1')",
    ],
    4592,
  );

function client(url: string): KinesisClient {
  return new KinesisClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    requestHandler: new NodeHttpHandler({ httpAgent: { keepAlive: true, maxSockets: 16 } }),
    maxAttempts: 1,
  });
}

async function waitActive(kinesis: KinesisClient, StreamName: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName }));
    if (StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${StreamName} did not become ACTIVE`);
}

/** Runs `calls` sends with `concurrency` in flight; returns calls per second. */
async function rate(calls: number, concurrency: number, send: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) await send(next++);
    }),
  );
  return Math.round(calls / ((performance.now() - start) / 1000));
}

async function measure(target: Target) {
  const kinesis = client(target.url);
  const StreamName = 'bench';
  // 500 shards keep the raw-HTTP load under the per-shard write limits. Note: kinesalite's cost per call
  // grows with the shard count; with 50 shards both servers sit behind the SDK client's own cost on a
  // 2-core machine (about 1,000 signed calls/s) and the ratio is close to 1.
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount: 500 }));
  await waitActive(kinesis, StreamName);
  const Data = new TextEncoder().encode('{"event":"bench","value":42}');
  await rate(300, 8, (i) => kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: `warm-${i}`, Data })));
  const putRecord = await rate(3000, 8, (i) =>
    kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: `key-${i}`, Data })),
  );
  const Records = Array.from({ length: 100 }, (_, i) => ({ PartitionKey: `batch-${i}`, Data }));
  const putRecords = await rate(200, 4, () => kinesis.send(new PutRecordsCommand({ StreamName, Records })));
  kinesis.destroy();
  // The same call as raw HTTP (no SDK signing or middleware): what the server itself sustains.
  const body = (i: number) =>
    JSON.stringify({ StreamName, PartitionKey: `raw-${i}`, Data: 'eyJldmVudCI6ImJlbmNoIn0=' });
  // Unsigned: neither server checks signatures, but kinesalite wants the headers to be present.
  const headers = {
    'Content-Type': 'application/x-amz-json-1.1',
    'X-Amz-Target': 'Kinesis_20131202.PutRecord',
    'X-Amz-Date': '20260101T000000Z',
    Authorization:
      'AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0',
  };
  const rawPutRecord = await rate(6000, 16, async (i) => {
    const response = await fetch(target.url, { method: 'POST', headers, body: body(i) });
    if (!response.ok) throw new Error(`raw PutRecord failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  });
  await target.close();
  return { putRecord, putRecords, rawPutRecord };
}

export async function endpointFigures() {
  const ours = await measure(await shardlab());
  const theirs = await measure(await kinesalite());
  return {
    endpointPutRecordPerSecond: ours.putRecord,
    kinesalitePutRecordPerSecond: theirs.putRecord,
    ratioVsKinesalite: Math.round((ours.putRecord / theirs.putRecord) * 100) / 100,
    endpointPutRecordsPerSecond: ours.putRecords,
    kinesalitePutRecordsPerSecond: theirs.putRecords,
    endpointRawHttpPutRecordPerSecond: ours.rawPutRecord,
    kinesaliteRawHttpPutRecordPerSecond: theirs.rawPutRecord,
  };
}
