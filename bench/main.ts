// npm run bench [-- a b c d]: prints the engine and endpoint figures as one JSON object, so runs can be
// compared over time. With no arguments all five are measured (about three minutes).
import { endpointFigures } from './endpointBench';
import { frameMsAt200Shards, heapMBAfter7Days, simRecordsPerSecond, withReaders } from './engineBench';

const KNOWN = ['a', 'b', 'c', 'd', 'e'];

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !KNOWN.includes(w));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark ${unknown.join(', ')}. Choose from: a (throughput), b (memory after 7 days), c (frame cost), d (endpoint vs kinesalite), e (a, c with every kind of reader attached).`,
    );
    process.exit(2);
  }
  const run = (k: string) => wanted.length === 0 || wanted.includes(k);
  if (!(globalThis as { gc?: unknown }).gc && run('b'))
    console.error('note: run with node --expose-gc (npm run bench does) for a steady heap figure');
  const figures: Record<string, unknown> = {};
  if (run('a')) figures.simRecordsPerSecond = simRecordsPerSecond();
  if (run('b')) {
    const heap = heapMBAfter7Days();
    figures.heapMBAfter7Days = heap.heapMB;
    figures.sevenDaysWallSeconds = heap.wallSeconds;
  }
  if (run('c')) figures.frameMsAt200Shards = frameMsAt200Shards();
  if (run('d')) Object.assign(figures, await endpointFigures());
  if (run('e')) Object.assign(figures, withReaders());
  console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
