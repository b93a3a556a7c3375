import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { updateProducer } from '../engine/producers';
import { updateShardCount } from '../engine/resharding';
import { deleteStream } from '../engine/streams';
import type { SimState } from '../engine/types';
import { startScenario } from '../scenarios/loadScenario';
import { announcements, emptyMemory, type AnnouncerMemory } from './announcements';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';

const load = loadScenarioFile;

const HOUR = 3_600_000;

/** Calls announcements the way the live region does: each call remembers what the last one said. */
function announcer(sim: SimState) {
  let memory: AnnouncerMemory = emptyMemory;
  return () => {
    const result = announcements(sim, memory);
    memory = result.memory;
    return result.messages;
  };
}

describe('announcements', () => {
  it('says nothing on the first call: there is no earlier state to compare with', () => {
    const sim = startScenario(load('hot-key'));
    expect(announcements(sim, emptyMemory)).toEqual({
      messages: [],
      memory: { throttling: [], losing: [], statuses: { 'game-events': 'ACTIVE' }, openShards: { 'game-events': 4 } },
    });
  });

  it('announces write throttling starting and stopping exactly once each', () => {
    const sim = startScenario(load('hot-key'));
    const next = announcer(sim);
    expect(next()).toEqual([]);
    advance(sim, sim.now + 1_000);
    // 1,500 records/s on one key: its shard takes 1,000 and throttles the rest.
    expect(next()).toEqual(['Write throttling started on shardId-000000000001 of game-events.']);
    advance(sim, sim.now + 1_000);
    expect(next()).toEqual([]);
    advance(sim, sim.now + 5_000);
    expect(next()).toEqual([]);
    // Random keys spread 1,500 records/s over four shards, about 375 each: no shard is over 1,000.
    updateProducer(sim, 'game-servers', { keys: { kind: 'uuid' } });
    advance(sim, sim.now + 1_000);
    expect(next()).toEqual(['Write throttling stopped on shardId-000000000001 of game-events.']);
    advance(sim, sim.now + 1_000);
    expect(next()).toEqual([]);
  });

  it('announces status and shard-count changes, and the hot key moving to a new shard', () => {
    const sim = startScenario(load('hot-key'));
    const next = announcer(sim);
    next();
    advance(sim, sim.now + 1_000);
    expect(next()).toEqual(['Write throttling started on shardId-000000000001 of game-events.']);
    updateShardCount(sim, 'game-events', 8);
    expect(next()).toEqual(['Stream game-events is UPDATING.']);
    advance(sim, sim.now + 2_000);
    // The closed shard still throttled during the second that ended the resharding.
    expect(next()).toEqual(['Stream game-events is ACTIVE.', 'Stream game-events now has 8 open shards (was 4).']);
    advance(sim, sim.now + 1_000);
    // Eight even shards (indexes 4 to 11): the top three bits of MD5("leaderboard") pick the new one.
    const hot = 4 + Number(BigInt(`0x${createHash('md5').update('leaderboard').digest('hex')}`) >> 125n);
    expect(hot).toBe(6);
    expect(next()).toEqual([
      'Write throttling started on shardId-000000000006 of game-events.',
      'Write throttling stopped on shardId-000000000001 of game-events.',
    ]);
  });

  it('announces a stream being deleted, but not throttling “stopping” on a stream that is gone', () => {
    const sim = startScenario(load('hot-key'));
    const next = announcer(sim);
    next();
    advance(sim, sim.now + 1_000);
    next();
    deleteStream(sim, 'game-events');
    expect(next()).toEqual(['Stream game-events is DELETING.']);
    advance(sim, sim.now + 1_000);
    expect(sim.streams['game-events']).toBeUndefined();
    expect(next()).toEqual([]);
  });

  it('announces a consumer starting to lose data once, when records expire unread', () => {
    const sim = startScenario(load('consumer-falls-behind'));
    const next = announcer(sim);
    expect(next()).toEqual([]);
    advance(sim, sim.now + HOUR);
    // An hour in, analytics is far behind, but nothing is older than the 24-hour retention yet.
    expect(next()).toEqual([]);
    advance(sim, sim.now + 40 * HOUR);
    expect(sim.consumerApps[0]!.stats.lostRecords).toBeGreaterThan(0);
    expect(next()).toEqual(['analytics is losing data: records expired before it read them.']);
    advance(sim, sim.now + 2 * HOUR);
    expect(next()).toEqual([]);
  });

  it('does not change the memory it is given', () => {
    const sim = startScenario(load('hot-key'));
    advance(sim, sim.now + 1_000);
    const memory: AnnouncerMemory = { throttling: [], losing: [], statuses: {}, openShards: {} };
    announcements(sim, memory);
    expect(memory).toEqual({ throttling: [], losing: [], statuses: {}, openShards: {} });
    expect(emptyMemory).toEqual({ throttling: [], losing: [], statuses: {}, openShards: {} });
  });
});
