import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startScenario } from '../../scenarios/loadScenario';
import type { Scenario } from '../../scenarios/scenarioSchema';
import { loadScenarioFile } from '../../scenarios/testing/loadScenarioFile';
import type { Draft, XY } from '../createCanvasStore';
import { defaultConsumer } from '../kinds/consumerKind';
import type { FlowDirection } from '../kinds/kindModel';
import { defaultProducer } from '../kinds/producerKind';
import { topologyOf } from '../kinds/topology';
import { layoutTopology } from './layoutTopology';
import { NODE_MARGIN, nudgeClear, type Box } from './separateBoxes';

const gapBetween = (a: Box, b: Box) =>
  Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));

function boxes(placement: ReturnType<typeof layoutTopology>, ids: string[]): Box[] {
  return ids.map((id) => ({ ...placement.positions[id]!, ...placement.sizes[id]! }));
}

describe('layoutTopology', () => {
  it('lays the hot-key scenario out left to right: the producer, then its stream beside it', () => {
    const topology = topologyOf(startScenario(loadScenarioFile('hot-key')));
    const placement = layoutTopology(topology, {}, 'LR');
    const producer = placement.positions['producer:game-servers']!;
    const stream = placement.positions['stream:game-events']!;
    expect(stream.x - (producer.x + placement.sizes['producer:game-servers']!.width)).toBe(140);
    // Four shards in one column inside the stream, below its title block.
    expect([0, 1, 2, 3].map((i) => placement.positions[`shard:game-events:shardId-00000000000${i}`])).toEqual([
      { x: 10, y: 72 },
      { x: 10, y: 188 },
      { x: 10, y: 304 },
      { x: 10, y: 420 },
    ]);
    expect(placement.sizes['stream:game-events']).toEqual({ width: 244, height: 538 });
    // Squared up for a wide, short canvas: two by two.
    expect(layoutTopology(topology, {}, 'LR', { grid: true }).sizes['stream:game-events']).toEqual({
      width: 476,
      height: 306,
    });
  });

  it('puts a phone’s canvas top to bottom, with the shards two abreast', () => {
    const topology = topologyOf(startScenario(loadScenarioFile('hot-key')));
    const placement = layoutTopology(topology, {}, 'TB');
    expect(placement.positions['stream:game-events']!.y).toBeGreaterThan(
      placement.positions['producer:game-servers']!.y,
    );
    expect(placement.sizes['stream:game-events']).toEqual({ width: 476, height: 306 });
  });

  it('keeps a node where the learner put it and nudges the layout’s nodes clear of it', () => {
    const topology = topologyOf(startScenario(loadScenarioFile('hot-key')));
    const auto = layoutTopology(topology, {}, 'LR');
    // The producer dragged onto the stream: it keeps its place, the stream moves down out of its way.
    const onTop = auto.positions['stream:game-events']!;
    const placement = layoutTopology(topology, { 'producer:game-servers': onTop }, 'LR');
    expect(placement.positions['producer:game-servers']).toEqual(onTop);
    const [p, s] = boxes(placement, ['producer:game-servers', 'stream:game-events']);
    expect(gapBetween(p!, s!)).toBe(NODE_MARGIN);
  });

  it('nudges a box down past every box it touches, in one pass', () => {
    const placed = [
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 0, y: 140, width: 100, height: 100 },
    ];
    expect(nudgeClear({ x: 50, y: 50, width: 100, height: 50 }, placed, 'LR')).toEqual({
      x: 50,
      y: 272,
      width: 100,
      height: 50,
    });
    expect(nudgeClear({ x: 50, y: 50, width: 100, height: 50 }, placed, 'TB')).toEqual({
      x: 132,
      y: 50,
      width: 100,
      height: 50,
    });
  });

  it('never lets two nodes touch, whatever the topology, drafts and saved positions (property)', () => {
    const stream = fc.record({ shards: fc.integer({ min: 1, max: 40 }) });
    const world = fc.record({
      streams: fc.array(stream, { minLength: 0, maxLength: 4 }),
      producers: fc.array(fc.nat(), { maxLength: 7 }),
      consumers: fc.array(fc.nat(), { maxLength: 5 }),
      drafts: fc.array(fc.boolean(), { maxLength: 4 }),
      // Saved spots in a small square, so that many of them collide.
      saved: fc.array(
        fc.record({ pick: fc.nat(), x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 600 }) }),
        {
          maxLength: 6,
        },
      ),
      direction: fc.constantFrom<FlowDirection>('LR', 'TB'),
    });
    fc.assert(
      fc.property(world, (w) => {
        const names = w.streams.map((_, i) => `s${i}`);
        const scenario: Scenario = {
          title: 'Layout property',
          brief: 'Random topologies for the layout property test.',
          seed: 1,
          streams: w.streams.map((s, i) => ({ name: names[i]!, mode: 'PROVISIONED', shardCount: s.shards })),
          producers: names.length
            ? w.producers.map((pick, i) => ({
                id: `p${i}`,
                stream: names[pick % names.length]!,
                rate: { kind: 'constant', recordsPerSecond: 10 },
                size: { kind: 'fixed', bytes: 100 },
                keys: { kind: 'uuid' },
              }))
            : [],
          consumers: names.length
            ? w.consumers.map((pick, i) => ({ ...defaultConsumer(`c${i}`), stream: names[pick % names.length]! }))
            : [],
          faithfulness: 'Only used by the layout property test.',
        };
        const drafts: Draft[] = w.drafts.map((producer, i) =>
          producer
            ? { kind: 'producer', config: defaultProducer(`draft-p${i}`, i) }
            : { kind: 'consumer', config: defaultConsumer(`draft-c${i}`) },
        );
        const topology = topologyOf(startScenario(scenario), drafts);
        const top = topology.nodes.filter((n) => !n.parent).map((n) => n.id);
        const saved: Record<string, XY> = {};
        for (const s of w.saved) if (top.length) saved[top[s.pick % top.length]!] = { x: s.x, y: s.y };
        const placement = layoutTopology(topology, saved, w.direction);
        const placed = boxes(placement, top);
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++)
            expect(gapBetween(placed[i]!, placed[j]!)).toBeGreaterThanOrEqual(NODE_MARGIN);
        // Shards sit inside their stream, apart from each other.
        for (const streamNode of topology.nodes.filter((n) => n.kind === 'stream')) {
          const size = placement.sizes[streamNode.id]!;
          const shards = boxes(
            placement,
            topology.nodes.filter((n) => n.parent === streamNode.id).map((n) => n.id),
          );
          for (const s of shards) {
            expect(s.x + s.width).toBeLessThanOrEqual(size.width);
            expect(s.y + s.height).toBeLessThanOrEqual(size.height);
          }
          for (let i = 1; i < shards.length; i++) expect(gapBetween(shards[i - 1]!, shards[i]!)).toBeGreaterThan(0);
        }
      }),
      { seed: 20_261_207, numRuns: 150 },
    );
  });
});
