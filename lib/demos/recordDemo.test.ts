import { describe, expect, it } from 'vitest';
import { callApi } from '@/simulator/api/callApi';
import { serializeSimulation } from '@/simulator/engine/serialize';
import type { SimCommand } from '@/simulator/engine/commands';
import { createSimulationStore } from '@/simulator/runtime/createSimulationStore';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarios } from '@/lib/content/scenarios';
import { createDemoScript } from './demoScript';
import { parseDemo } from './parseDemo';
import { addBeat, capture, newCommands, recordingToDemo, startRecording } from './recordDemo';

const scenarios = loadScenarios();
const adv = (until: number): SimCommand => ({ type: 'time/advance', until });

describe('newCommands', () => {
  it('sees appended commands and an advance the store merged into the last entry', () => {
    const a = adv(1000);
    const change: SimCommand = { type: 'producer/remove', id: 'p' };
    expect(newCommands([a], [a, change])).toEqual([change]);
    expect(newCommands([change, a], [change, adv(3000)])).toEqual([adv(3000)]);
    expect(newCommands([a], [a])).toEqual([]);
  });
});

describe('recording a demo', () => {
  it('turns what the instructor did into beats that replay to the very same state', () => {
    const scenario = scenarios['hot-key']!;
    const sim = startScenario(scenario);
    const start = sim.now;
    const store = createSimulationStore(sim, callApi);
    store.getState().step(); // done before recording: becomes part of beat 1
    let recording = startRecording('hot-key', scenario.seed, start, store.getState().log, 10);
    let seen = store.getState().log;
    const track = () => {
      recording = capture(recording, newCommands(seen, store.getState().log), 10);
      seen = store.getState().log;
    };
    store.getState().step();
    store.getState().step();
    track();
    recording = addBeat(recording);
    recording = addBeat(recording); // a second press adds no empty beat
    store.getState().dispatch({
      type: 'producer/update',
      id: 'game-servers',
      changes: { rate: { kind: 'constant', recordsPerSecond: 1800 } },
    });
    track();
    store.getState().step();
    track();
    store.getState().step(); // the store merges this advance into the last one; so does the recording
    track();
    expect(recording.beats[1]!.map((c) => c.command.type)).toEqual(['producer/update', 'time/advance']);

    const demo = recordingToDemo(recording, 'Live hot key');
    expect(demo.beats.map((b) => b.actions)).toEqual([
      [
        { do: 'load', scenario: 'hot-key', seed: 11 },
        { do: 'play', seconds: 3, speed: 10 },
      ],
      [
        {
          do: 'command',
          command: {
            type: 'producer/update',
            id: 'game-servers',
            changes: { rate: { kind: 'constant', recordsPerSecond: 1800 } },
          },
        },
        { do: 'play', seconds: 2, speed: 10 },
      ],
    ]);
    expect(demo.beats[1]!.text).toBe('Producer/update, run 2 s.');
    const parsed = parseDemo(JSON.parse(JSON.stringify(demo)), 'recorded.json', { scenarios: Object.keys(scenarios) });
    expect(parsed.ok).toBe(true);
    const script = createDemoScript(demo, scenarios);
    expect(script.checkpoint(1, 1).state).toBe(serializeSimulation(store.getState().sim));
  });
});
