import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as sdk from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadHandler } from '@/lib/lab/sandbox/node/loadHandler';
import { createKinesisModule } from '@/lib/lab/sandbox/node/sdkBridge';
import type { ApiCallResult } from '@/lib/lab/sandbox/sandboxTypes';
import { KinesisError } from '@/simulator/engine/errors';
import { HOT_KEY_CHECKS } from './hotKeyChecks';
import { labSession, T0 } from './testing/labSession';

const LAB = path.join(import.meta.dirname, '../../../content/labs');
const starter = readFileSync(path.join(LAB, 'fix-the-hot-key/nodejs22.x/index.mjs'), 'utf8');
/** The last javascript block of the lab: the final step's solution, exactly as learners see it. */
const solution = [
  ...readFileSync(path.join(LAB, 'fix-the-hot-key.mdx'), 'utf8').matchAll(/```javascript\n([\s\S]*?)```/g),
].at(-1)![1]!;

/**
 * Runs a producer as the lab's Run button does, on a fake wall clock that drives the lab clock at 1×:
 * each SDK request lands on the virtual second the wall clock has reached, and the code's setTimeout
 * delays move both clocks.
 */
async function runProducer(lab: ReturnType<typeof labSession>, code: string, startMs: number) {
  vi.setSystemTime(startMs);
  const lines: string[] = [];
  const callApi = async ({ operation, input }: { operation: string; input: Record<string, unknown> }) => {
    lab.advanceTo(Date.now());
    const output = lab.kinesis(operation, input);
    return (
      output instanceof KinesisError
        ? { ok: false, error: { name: output.name, message: output.message } }
        : { ok: true, output }
    ) as ApiCallResult;
  };
  const handler = await loadHandler({
    handler: 'index.handler',
    files: { 'index.mjs': code },
    scope: { console: { log: (line: string) => lines.push(line) }, setTimeout },
    builtins: { '@aws-sdk/client-kinesis': createKinesisModule(sdk, callApi, 'us-east-1') },
  });
  const result = Promise.resolve(handler({}, {}, undefined));
  await vi.runAllTimersAsync();
  return { response: await result, lines };
}

const stored = (lab: ReturnType<typeof labSession>) =>
  lab.sim.streams['sensor-readings']!.shards.map((s) => s.records.length);
const ALL_ACCEPTED = { stream: 'sensor-readings', atLeast: 3000, shards: 3 };

describe('lab 2 code through the real SDK and the simulated account', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Full jitter picks half the limit every time, so the runs are repeatable.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('the starter loses 2,000 of 3,000 readings; the solution then puts all 3,000 on four shards', async () => {
    const lab = labSession('lab-hot-key');
    const first = await runProducer(lab, starter, T0 + 10_250);
    expect(first.response).toEqual({ sent: 3000, failed: 2000 });
    expect(first.lines).toEqual([
      'batch 1: 500 sent, FailedRecordCount 0',
      'batch 2: 500 sent, FailedRecordCount 0',
      'batch 3: 500 sent, FailedRecordCount 500',
      'batch 4: 500 sent, FailedRecordCount 500',
      'batch 5: 500 sent, FailedRecordCount 500',
      'batch 6: 500 sent, FailedRecordCount 500',
      'done: 1000 of 3000 readings accepted',
    ]);
    expect(stored(lab)).toEqual([0, 1000, 0, 0]);
    expect(HOT_KEY_CHECKS.writesThrottled!.run(lab, { stream: 'sensor-readings' }).done).toBe(true);

    const second = await runProducer(lab, solution, T0 + 60_250);
    expect(second.response).toEqual({ sent: 3000, failed: 0 });
    expect(second.lines.at(-1)).toBe('done: 3000 of 3000 readings accepted');
    expect(stored(lab)).toEqual([840, 1000 + 600, 720, 840]);
    expect(HOT_KEY_CHECKS.allAccepted!.run(lab, ALL_ACCEPTED).done).toBe(true);
  });

  it("the solution's retry alone gets a hot key's 3,000 readings in, over 3 seconds on one shard", async () => {
    const lab = labSession('lab-hot-key');
    const hot = solution.replace('PartitionKey: r.sensor', "PartitionKey: 'plant-7'");
    const run = await runProducer(lab, hot, T0 + 10_250);
    expect(run.response).toEqual({ sent: 3000, failed: 0 });
    expect(stored(lab)).toEqual([0, 3000, 0, 0]);
    expect(lab.sim.now).toBe(T0 + 12_000);
    expect(HOT_KEY_CHECKS.allAccepted!.run(lab, ALL_ACCEPTED).done).toBe(false);
  });
});
