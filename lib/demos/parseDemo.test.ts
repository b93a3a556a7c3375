import { describe, expect, it } from 'vitest';
import { describePath, parseDemo } from './parseDemo';

const beat = (actions: unknown[], extra: Record<string, unknown> = {}) => ({
  title: 'A beat',
  text: 'What the class reads.',
  notes: 'What the presenter says about it.',
  actions,
  ...extra,
});
const demo = (beats: unknown[]) => ({
  title: 'A demo',
  summary: 'A demo used by these tests, long enough.',
  minutes: 5,
  chapters: ['throughput-and-hot-keys'],
  beats,
});
const load = { do: 'load', scenario: 'hot-key' };
const prediction = {
  question: 'What happens next?',
  options: ['This', 'That'],
  answer: 1,
  explanation: 'Because of that.',
};

describe('parseDemo', () => {
  it('accepts a valid demo', () => {
    const result = parseDemo(demo([beat([load, { do: 'play', seconds: 3 }])]), 'ok.json');
    expect(result.ok).toBe(true);
  });

  it('reads a bucket highlighted with the older s3: spelling as bucket:', () => {
    const result = parseDemo(demo([beat([load, { do: 'highlight', node: 's3:archive' }])]), 'old.json');
    expect(result.ok && result.demo.beats[0]!.actions[1]).toEqual({ do: 'highlight', node: 'bucket:archive' });
  });

  it('names the beat, the action and the field of a schema problem, counting from one', () => {
    const result = parseDemo(demo([beat([load]), beat([{ do: 'play', seconds: 0 }])]), 'bad.json');
    expect(result).toEqual({
      ok: false,
      error: 'bad.json: beat 2, action 1 (field "seconds"): Too small: expected number to be >0.',
    });
    expect(describePath(['title'])).toBe('the field "title"');
  });

  it('rejects an unknown action and a play at a speed the clock does not have', () => {
    const unknown = parseDemo(demo([beat([load, { do: 'explode' }])]), 'x.json');
    expect(unknown.ok || unknown.error).toMatch(/^x\.json: beat 1, action 2 \(field "do"\): /);
    const speed = parseDemo(demo([beat([load, { do: 'play', seconds: 2, speed: 7 }])]), 'x.json');
    expect(speed.ok || speed.error).toMatch(/must be one of 1, 10, 60, 600, 3600/);
  });

  it('requires the first action to load a scenario', () => {
    const result = parseDemo(demo([beat([{ do: 'play', seconds: 1 }])]), 'x.json');
    expect(result.ok || result.error).toBe(
      'x.json: beat 1 must start with a "load" action, so the demo knows which scenario to open.',
    );
  });

  it('holds predictions to an answer among the options and a pause before the run', () => {
    const outOfRange = parseDemo(
      demo([beat([load, { do: 'pause' }, { do: 'play', seconds: 1 }], { prediction: { ...prediction, answer: 2 } })]),
      'x.json',
    );
    expect(outOfRange.ok || outOfRange.error).toMatch(/answer is option 3, but it has only 2 options/);
    const noPause = parseDemo(demo([beat([load, { do: 'play', seconds: 1 }], { prediction })]), 'x.json');
    expect(noPause.ok || noPause.error).toMatch(/needs a "pause" action/);
    const runsFirst = parseDemo(
      demo([beat([load, { do: 'play', seconds: 1 }, { do: 'pause' }, { do: 'play', seconds: 1 }], { prediction })]),
      'x.json',
    );
    expect(runsFirst.ok || runsFirst.error).toMatch(/runs the clock before its "pause"/);
  });

  it('checks scenario ids and chapter slugs when it is told which exist', () => {
    const known = { scenarios: ['hot-key'], chapters: ['consumers'] };
    const chapter = parseDemo(demo([beat([load])]), 'x.json', known);
    expect(chapter.ok || chapter.error).toMatch(/the chapter "throughput-and-hot-keys" does not exist/);
    const scenario = parseDemo({ ...demo([beat([{ do: 'load', scenario: 'nope' }])]), chapters: [] }, 'x.json', known);
    expect(scenario.ok || scenario.error).toBe(
      'x.json: beat 1, action 1 loads the scenario "nope", which this site does not have.',
    );
  });
});
