import { describe, expect, it } from 'vitest';
import { chapterStatus } from './chapterStatus';

describe('chapterStatus', () => {
  it('counts only sections that still exist', () => {
    const progress = {
      chapters: { a: { sectionsRead: ['x', 'removed'], completedAt: null, lastVisitedAt: '2026-11-22T09:00:00.000Z' } },
      lastLocation: null,
    };
    expect(chapterStatus(progress, 'a', ['x', 'y'])).toEqual({ read: 1, total: 2, complete: false, started: true });
    expect(chapterStatus(progress, 'b', ['x'])).toEqual({ read: 0, total: 1, complete: false, started: false });
  });
});
