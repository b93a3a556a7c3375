import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimState } from '@/simulator/engine/types';
import { consumerSummary } from '@/simulator/views/nodeSummaries';
import { firehoseSummary } from '@/simulator/views/firehoseSummary';
import { lambdaSummary } from '@/simulator/views/lambdaSummary';
import { shardRows } from '@/simulator/views/shardRows';
import { loadScenarios } from '@/lib/content/scenarios';
import { createDemoScript, workingFrom } from './demoScript';
import { loadDemos } from './loadDemos';
import { demoProblems } from './runDemo';

// Every number a demo's text or notes states is asserted here against the engine, beat by beat.
const scenarios = loadScenarios();
const chapters = readdirSync('content/chapters').map((f) => f.replace(/\.mdx$/, ''));
const demos = loadDemos(process.cwd(), { scenarios: Object.keys(scenarios), chapters });

/** The simulation as it stands when each beat has run to its end. */
function beatEnds(id: string): SimState[] {
  const demo = demos[id]!;
  const script = createDemoScript(demo, scenarios);
  return demo.beats.map((_, b) => workingFrom(script.checkpoint(b, script.stageCount(b))).sim);
}

const table = (sim: SimState, stream: string) =>
  shardRows(sim, stream).map((r) => [r.shardId.slice(-2), r.open, r.incomingRecords, r.throttledRecords]);

describe('content/demos', () => {
  it('has the six demos the course promises, each valid and running without a problem', () => {
    expect(Object.keys(demos)).toEqual(
      expect.arrayContaining([
        'hot-keys',
        'resharding',
        'retention-and-lag',
        'enhanced-fan-out',
        'poison-record',
        'streams-vs-firehose',
      ]),
    );
    for (const [id, demo] of Object.entries(demos)) expect([id, demoProblems(demo, scenarios)]).toEqual([id, []]);
  });

  it('hot keys: one shard throttles 500 of 1,500, eight shards change nothing, random keys fix it', () => {
    const [start, run, eight, fixed] = beatEnds('hot-keys');
    expect(table(start!, 'game-events').every(([, , incoming]) => incoming === 0)).toBe(true);
    expect(table(run!, 'game-events').filter(([, , , throttled]) => throttled !== 0)).toEqual([
      ['01', true, 1000, 500],
    ]);
    const hot = table(eight!, 'game-events').filter(([, , , throttled]) => throttled !== 0);
    expect(hot).toEqual([['06', true, 1000, 500]]);
    expect(table(eight!, 'game-events').filter(([, open]) => open)).toHaveLength(8);
    const open = table(fixed!, 'game-events').filter(([, isOpen]) => isOpen);
    expect(open.map(([, , incoming, throttled]) => [incoming, throttled])).toEqual(Array(8).fill([187, 0]));
  });

  it('resharding: shard 2 throttles 181, its children take 420 and 761 and nothing throttles', () => {
    const [busy, split] = beatEnds('resharding');
    expect(table(busy!, 'catalogue')).toEqual([
      ['00', true, 628, 0],
      ['01', true, 683, 0],
      ['02', true, 1000, 181],
      ['03', true, 508, 0],
    ]);
    expect(table(split!, 'catalogue')).toEqual([
      ['00', true, 628, 0],
      ['01', true, 683, 0],
      ['02', false, 0, 0],
      ['03', true, 508, 0],
      ['04', true, 420, 0],
      ['05', true, 761, 0],
    ]);
  });

  it('retention and lag: 39 s behind after a minute, 37 min 39 s after an hour, data lost past 24 h', () => {
    const [minute, hour, expired, caughtUp] = beatEnds('retention-and-lag');
    expect(consumerSummary(minute!, 'analytics')).toMatchObject({ iteratorAgeMs: 39_000, lost: 0 });
    expect(consumerSummary(hour!, 'analytics')).toMatchObject({ iteratorAgeMs: 37 * 60_000 + 39_000, lost: 0 });
    expect(consumerSummary(expired!, 'analytics')).toMatchObject({ iteratorAgeMs: 86_401_000, lost: 46_230 });
    expect(consumerSummary(caughtUp!, 'analytics')).toMatchObject({ iteratorAgeMs: 700, lost: 76_230 });
  });

  it('enhanced fan-out: replays 2.8 s behind with throttled reads, then every reader at the tip', () => {
    const [shared, efo] = beatEnds('enhanced-fan-out');
    const names = ['leaderboard', 'anti-cheat', 'replays'];
    expect(names.map((n) => consumerSummary(shared!, n).iteratorAgeMs)).toEqual([0, 0, 2800]);
    expect(names.every((n) => consumerSummary(shared!, n).readThrottles > 0)).toBe(true);
    expect(shardRows(shared!, 'match-events').map((r) => r.incomingRecords)).toEqual([750, 750]);
    expect(names.map((n) => consumerSummary(efo!, n).iteratorAgeMs)).toEqual([0, 0, 0]);
  });

  it('poison record: shard 1 blocked 39 s, then bisect + retries + destination free it', () => {
    const [running, blocked, fixed] = beatEnds('poison-record');
    expect(lambdaSummary(running!, 'enrich-orders')).toMatchObject({ blocked: '', iteratorAgeMs: 1030 });
    expect(lambdaSummary(blocked!, 'enrich-orders')).toMatchObject({
      blocked: 'shard 1 blocked for 39 s',
      iteratorAgeMs: 41_030,
    });
    expect(lambdaSummary(fixed!, 'enrich-orders')).toMatchObject({
      blocked: '',
      iteratorAgeMs: 1011,
      destinationMessages: 2,
    });
  });

  it('streams vs Firehose: the bucket is empty at 20 s and holds its first object by 40 s', () => {
    const [early, later] = beatEnds('streams-vs-firehose');
    expect(consumerSummary(early!, 'leaderboard').iteratorAgeMs).toBe(0);
    expect(firehoseSummary(early!, 'events-archive')).toMatchObject({ objects: 0, bufferedRecords: 10_000 });
    expect(firehoseSummary(later!, 'events-archive')).toMatchObject({ objects: 1 });
  });
});
