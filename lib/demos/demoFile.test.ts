import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/lib/persistence/memoryStorage';
import { demoToFile, loadLocalDemo, readDemoFile, saveLocalDemo } from './demoFile';
import type { Demo } from './demoSchema';

const demo: Demo = {
  title: 'A small demo',
  summary: 'Two beats on the hot key scenario, for the tests.',
  minutes: 2,
  chapters: [],
  beats: [
    {
      title: 'Start',
      text: 'One key.',
      notes: 'Say what a partition key is.',
      actions: [{ do: 'load', scenario: 'hot-key' }],
    },
    { title: 'Run', text: 'Run it.', notes: 'Point at the hot shard.', actions: [{ do: 'play', seconds: 3 }] },
  ],
};

describe('demo files', () => {
  it('round-trips through export and import', () => {
    expect(readDemoFile(demoToFile(demo), 'demo.json', { scenarios: ['hot-key'] })).toEqual({ ok: true, demo });
  });

  it('explains a bad file in one sentence and changes nothing', () => {
    expect(readDemoFile('{"title": "x"', 'cut.json')).toEqual({
      ok: false,
      error: 'cut.json is not a demo file: it is not valid JSON. Nothing was changed.',
    });
    expect(readDemoFile('{"v": 1, "scenario": "hot-key"}', 'sim.json').ok || 'error').toBe('error');
    expect(readDemoFile('[]', 'list.json')).toMatchObject({
      error: 'list.json is not a demo file: it has no list of beats. Choose a file made with “Export demo”.',
    });
    const broken = { ...demo, beats: [demo.beats[0], { ...demo.beats[1], notes: '' }] };
    expect(readDemoFile(JSON.stringify(broken), 'broken.json')).toEqual({
      ok: false,
      error:
        'broken.json: beat 2 (field "notes"): Too small: expected string to have >=10 characters. Nothing was changed.',
    });
    const unknown = readDemoFile(demoToFile(demo), 'other.json', { scenarios: ['split-hot-shard'] });
    expect(unknown.ok || unknown.error).toMatch(/loads the scenario "hot-key", which this site does not have/);
  });

  it('keeps one demo for this browser’s windows', () => {
    const storage = memoryStorage();
    expect(loadLocalDemo(storage).ok).toBe(false);
    expect(saveLocalDemo(demo, storage)).toBe(true);
    expect(loadLocalDemo(storage)).toEqual({ ok: true, demo });
  });
});
