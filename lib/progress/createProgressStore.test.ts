import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/lib/persistence/memoryStorage';
import { scheduleAnswer } from '@/lib/practice/scheduleAnswer';
import { createProgressStore, PROGRESS_STORAGE_KEY } from './createProgressStore';
import { progressSchema } from './progressSchema';

function clock(start = Date.parse('2026-11-22T09:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('createProgressStore', () => {
  it('saves nothing before hydration and reads saved progress when hydrated', () => {
    const storage = memoryStorage({
      [PROGRESS_STORAGE_KEY]: JSON.stringify({
        chapters: { a: { sectionsRead: ['x'], completedAt: null, lastVisitedAt: '2026-11-21T08:00:00.000Z' } },
        lastLocation: { slug: 'a', sectionId: 'x', at: '2026-11-21T08:00:00.000Z' },
      }),
    });
    const store = createProgressStore({ now: clock() });
    expect(store.getState().ready).toBe(false);
    store.getState().hydrate(storage, true, progressSchema);
    expect(store.getState().ready).toBe(true);
    expect(store.getState().progress.chapters.a?.sectionsRead).toEqual(['x']);
  });

  it('records sections once, remembers the location and completes a chapter on its last section', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ now: clock() });
    store.getState().hydrate(storage, true, progressSchema);
    const s = store.getState();
    s.visit('a', null);
    s.markSectionRead('a', 'x', ['x', 'y']);
    s.markSectionRead('a', 'x', ['x', 'y']);
    expect(store.getState().progress.chapters.a).toEqual({
      sectionsRead: ['x'],
      completedAt: null,
      lastVisitedAt: '2026-11-22T09:00:02.000Z',
    });
    s.markSectionRead('a', 'y', ['x', 'y']);
    expect(store.getState().progress.chapters.a?.completedAt).toBe('2026-11-22T09:00:04.000Z');
    expect(JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY)!).chapters.a.sectionsRead).toEqual(['x', 'y']);
    expect(store.getState().progress.lastLocation).toEqual({
      slug: 'a',
      sectionId: null,
      at: '2026-11-22T09:00:02.000Z',
    });
  });

  it('lets the reader un-complete a chapter without later reads overruling it', () => {
    const store = createProgressStore({ now: clock() });
    store.getState().hydrate(memoryStorage(), true, progressSchema);
    store.getState().markSectionRead('a', 'x', ['x']);
    store.getState().setChapterComplete('a', false);
    store.getState().markSectionRead('a', 'x', ['x']);
    expect(store.getState().progress.chapters.a?.completedAt).toBeNull();
  });

  it('reports unreadable saved progress as quarantined and starts empty', () => {
    const storage = memoryStorage({ [PROGRESS_STORAGE_KEY]: '{"chapters": 3}' });
    const store = createProgressStore({ now: clock() });
    store.getState().hydrate(storage, true, progressSchema);
    expect(store.getState().quarantine?.reason).toMatch(/expected shape/);
    expect(store.getState().progress).toEqual({
      chapters: {},
      lastLocation: null,
      challenges: {},
      practice: { reviews: {}, attempts: [], exam: null },
    });
    expect(storage.getItem(store.getState().quarantine!.key)).toBe('{"chapters": 3}');
  });

  it('keeps working in memory when storage refuses writes', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createProgressStore({ now: clock() });
    store.getState().hydrate(refusing, true, progressSchema);
    store.getState().visit('a', 'x');
    expect(store.getState().persistent).toBe(false);
    expect(store.getState().progress.lastLocation?.slug).toBe('a');
  });

  it('remembers a solved challenge once, across visits and reloads; older saves without challenges still read', () => {
    const storage = memoryStorage({
      [PROGRESS_STORAGE_KEY]: JSON.stringify({ chapters: {}, lastLocation: null }),
    });
    const store = createProgressStore({ now: clock() });
    store.getState().hydrate(storage, true, progressSchema);
    expect(store.getState().quarantine).toBeNull();
    store.getState().solveChallenge('hot-key');
    const first = store.getState().progress.challenges?.['hot-key'];
    store.getState().visit('a', null);
    store.getState().solveChallenge('hot-key');
    expect(store.getState().progress.challenges).toEqual({ 'hot-key': first });
    const again = createProgressStore({ now: clock() });
    again.getState().hydrate(storage, true, progressSchema);
    expect(again.getState().progress.challenges).toEqual({ 'hot-key': first });
  });

  it('schedules wrong answers for review, keeps attempts and the exam in progress, and reads them back', async () => {
    const storage = memoryStorage();
    const store = createProgressStore({ now: clock() });
    store.getState().hydrate(storage, true, progressSchema);
    await scheduleAnswer(store, 'q1', 'right', new Date('2026-11-22T09:00:00Z'));
    await scheduleAnswer(store, 'q2', 'wrong', new Date('2026-11-22T09:00:00Z'));
    store.getState().recordAttempt({ id: 'a1', kind: 'practice', exams: ['DEA-C01'], right: 1, total: 2, byTopic: {} });
    const exam = {
      id: 'e1',
      questionIds: ['q1'],
      answers: { q1: [2] },
      flagged: [],
      current: 0,
      startedAt: 0,
      durationMs: 60_000,
      submittedAt: null,
      timedOut: false,
      exams: [],
    };
    store.getState().saveExam(exam);
    const again = createProgressStore({ now: clock() });
    again.getState().hydrate(storage, true, progressSchema);
    const practice = again.getState().progress.practice!;
    expect(Object.keys(practice.reviews)).toEqual(['q2']);
    expect(practice.attempts.map((a) => [a.id, a.right, a.total])).toEqual([['a1', 1, 2]]);
    expect(practice.exam).toEqual(exam);
  });
});
