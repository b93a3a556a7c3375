import { describe, expect, it } from 'vitest';
import { parseProgressFile, progressFileName, progressToFile } from './progressFile';
import type { Progress } from './progressSchema';

const progress: Progress = {
  chapters: {
    'streaming-vs-batch': { sectionsRead: ['why'], completedAt: null, lastVisitedAt: '2026-11-22T09:00:00.000Z' },
  },
  lastLocation: { slug: 'streaming-vs-batch', sectionId: 'why', at: '2026-11-22T09:00:00.000Z' },
};
const now = new Date('2026-11-22T12:00:00.000Z');

describe('progress files', () => {
  it('round-trips through export and import', () => {
    expect(parseProgressFile(progressToFile(progress, now))).toEqual({ ok: true, progress });
    expect(progressFileName(now)).toBe('shardlab-progress-2026-11-22.json');
  });

  it('explains each kind of wrong file', () => {
    expect(parseProgressFile('hello')).toEqual({
      ok: false,
      error: 'This file is not a Shardlab progress file: it is not valid JSON.',
    });
    expect(parseProgressFile('{"name":"package"}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^This file is not a Shardlab progress file\. Choose a file made with "Export progress"/,
      ),
    });
    const newer = JSON.stringify({ app: 'shardlab', kind: 'progress', version: 9, exportedAt: '', progress });
    expect(parseProgressFile(newer)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version of Shardlab \(format 9\)/),
    });
    const damaged = JSON.stringify({
      app: 'shardlab',
      kind: 'progress',
      version: 1,
      exportedAt: '',
      progress: { chapters: { x: {} }, lastLocation: null },
    });
    expect(parseProgressFile(damaged)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/damaged: .* \(at "chapters\.x\.sectionsRead"\)\. Nothing was changed\./),
    });
  });
});
