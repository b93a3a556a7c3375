import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { addConsumerApp, maxIteratorAge } from '../engine/consumers';
import { defaultConsumer } from '../runtime/canvasActions';
import { shardRows } from '../views/shardRows';
import { startScenario } from './loadScenario';
import { loadScenarioFile } from './testing/loadScenarioFile';

// The story of the replay scenario (retention-and-replay chapter): a fixed application replays what the
// stream still holds from TRIM_HORIZON; one left at LATEST never sees the past.

const HOUR = 3_600_000;
const app = (sim: ReturnType<typeof startScenario>, name: string) =>
  sim.consumerApps.find((a) => a.config.name === name)!;

describe('replay after a bug fix', () => {
  it('a new application at TRIM_HORIZON replays six hours in two minutes; one at LATEST starts at the tip', () => {
    const sim = startScenario(loadScenarioFile('replay-after-fix'));
    const start = sim.now;
    advance(sim, start + 6 * HOUR);
    // Six hours at 50 readings/s, all still retained (72 h), split over the two shards by key.
    const rows = shardRows(sim, 'sensors');
    expect(rows.map((r) => r.retainedRecords)).toEqual([529_200, 550_800]);
    expect(rows.reduce((n, r) => n + r.expiredRecords, 0)).toBe(0);
    // Both applications are at the tip: hourly-averages has checkpointed every record, right or wrong.
    expect(app(sim, 'hourly-averages').stats.processedRecords).toBe(1_080_000);
    expect(maxIteratorAge(app(sim, 'alerts'))).toBeLessThan(1_000);

    // The fix, deployed as a new application from the palette (its own lease table), and one left at LATEST.
    addConsumerApp(sim, { ...defaultConsumer('consumer-app-1'), stream: 'sensors', initialPosition: 'TRIM_HORIZON' });
    addConsumerApp(sim, { ...defaultConsumer('consumer-app-2'), stream: 'sensors' });
    const deployed = sim.now;
    advance(sim, deployed + 50);
    // TRIM_HORIZON: the oldest retained reading, six hours old.
    expect(maxIteratorAge(app(sim, 'consumer-app-1'))).toBe(6 * HOUR + 50);
    expect(maxIteratorAge(app(sim, 'consumer-app-2'))).toBe(0);

    advance(sim, deployed + 120_000);
    const replay = app(sim, 'consumer-app-1');
    // Ten thousand records a poll: the six hours (and the two minutes since) are read in under 120 s.
    expect(replay.stats.processedRecords).toBeGreaterThan(1_080_000 + 5_000);
    expect(maxIteratorAge(replay)).toBeLessThan(1_000);
    // LATEST saw only what arrived after it started: 50 readings/s for two minutes.
    expect(app(sim, 'consumer-app-2').stats.processedRecords).toBeLessThanOrEqual(120 * 50);
    expect(app(sim, 'consumer-app-2').stats.processedRecords).toBeGreaterThan(110 * 50);
    // The replay's reads (1.2 MB a call) fit in each shard's 2 MB/s: the live alerts never waited.
    expect(sim.consumerApps.every((a) => a.stats.readThrottles === 0 && a.stats.lostRecords === 0)).toBe(true);
    expect(maxIteratorAge(app(sim, 'alerts'))).toBeLessThan(1_000);
  });

  it('TRIM_HORIZON is the oldest record still retained: after 80 hours a replay reaches back 72, not 80', () => {
    const sim = startScenario(loadScenarioFile('replay-after-fix'));
    advance(sim, sim.now + 80 * HOUR);
    const rows = shardRows(sim, 'sensors');
    // 72 h × 50/s retained; the first 8 h (1,440,000 readings) have expired for good.
    expect(rows.reduce((n, r) => n + r.retainedRecords, 0)).toBe(72 * 3600 * 50);
    expect(rows.reduce((n, r) => n + r.expiredRecords, 0)).toBe(8 * 3600 * 50);
    addConsumerApp(sim, { ...defaultConsumer('consumer-app-1'), stream: 'sensors', initialPosition: 'TRIM_HORIZON' });
    advance(sim, sim.now + 50);
    expect(Math.round(maxIteratorAge(app(sim, 'consumer-app-1')) / HOUR)).toBe(72);
  });
});
