import { createStore } from 'zustand/vanilla';
import {
  loadVersioned,
  saveVersioned,
  type KeyValueStorage,
  type QuarantinedData,
  type Schema,
} from '@/lib/persistence/versionedStorage';
import { emptyProgress, PROGRESS_VERSION } from './emptyProgress';
import type { ReviewCard } from '@/lib/practice/reviewCard';
import type { Attempt, ChapterProgress, Practice, Progress, SavedExam } from './progressSchema';

/** Where progress is saved; `migrations[n]` will upgrade format n to n + 1 when the format changes. */
const STORAGE = { name: 'progress', version: PROGRESS_VERSION, empty: emptyProgress, migrations: {} };

export interface ProgressState {
  progress: Progress;
  /** Saved data that could not be read this time: kept aside and shown to the reader. */
  quarantine: QuarantinedData | null;
  /** False until storage has been read (server render and first client render show no progress). */
  ready: boolean;
  /** False when the browser refuses storage: progress then lasts only for this visit. */
  persistent: boolean;
  /**
   * Reads saved progress from `storage`, validated by `schema`; called once the page runs in a browser.
   * The schema is passed in so the validator can load after first paint instead of with every page.
   */
  hydrate: (storage: KeyValueStorage, persistent: boolean, schema: Schema<Progress>) => void;
  visit: (slug: string, sectionId: string | null) => void;
  /** Records a section as read; reading the last unread one of `allSectionIds` completes the chapter. */
  markSectionRead: (slug: string, sectionId: string, allSectionIds: readonly string[]) => void;
  setChapterComplete: (slug: string, complete: boolean) => void;
  /** Records a simulator challenge (a scenario's goal) as solved; the first time counts. */
  solveChallenge: (scenarioId: string) => void;
  /** Records a lab step as done (its check passed); the last of `allStepIds` completes the lab. */
  completeLabStep: (slug: string, stepId: string, allStepIds: readonly string[]) => void;
  /** A question's new place in the spaced review (see lib/practice/scheduleAnswer); undefined: not scheduled. */
  setReview: (questionId: string, card: ReviewCard | undefined) => void;
  /** Keeps a finished practice set, exam, drill or quiz for the history. */
  recordAttempt: (attempt: Omit<Attempt, 'at'>) => void;
  /** Saves the exam in progress after every change (null once it is finished and recorded). */
  saveExam: (exam: SavedExam | null) => void;
  replace: (progress: Progress) => void;
  reset: () => void;
  dismissQuarantine: () => void;
  /** Re-reads storage (another tab changed it). */
  reload: () => void;
}

/** Practice data, empty for progress saved before exam practice existed. */
export function practiceOf(p: Progress): Practice {
  return p.practice ?? { reviews: {}, attempts: [], exam: null };
}

interface Deps {
  now: () => Date;
}

/**
 * The reader's progress. One store per app instance (created in ProgressProvider), plain vanilla
 * zustand so tests drive it without React. Until `hydrate` it holds empty progress and saves nothing.
 * @example const store = createProgressStore({ now: () => new Date() }); store.getState().hydrate(localStorage, true, progressSchema)
 */
export function createProgressStore({ now }: Deps) {
  let storage: KeyValueStorage | null = null;
  let schema: Schema<Progress> | null = null;
  return createStore<ProgressState>()((set, get) => {
    const update = (fn: (p: Progress, at: string) => Progress) => {
      const progress = fn(get().progress, now().toISOString());
      set({ progress });
      if (!storage) return;
      try {
        saveVersioned(storage, STORAGE, progress);
      } catch {
        set({ persistent: false });
      }
    };
    const load = (from: KeyValueStorage) => {
      const result = loadVersioned(from, { ...STORAGE, schema: schema! }, now());
      set({ progress: result.data, ...(result.status === 'quarantined' ? { quarantine: result.quarantine } : {}) });
    };
    const chapter = (p: Progress, slug: string, at: string): ChapterProgress =>
      p.chapters[slug] ?? { sectionsRead: [], completedAt: null, lastVisitedAt: at };
    return {
      progress: emptyProgress(),
      quarantine: null,
      ready: false,
      persistent: true,
      hydrate: (from, persistent, validator) => {
        storage = from;
        schema = validator;
        load(from);
        set({ ready: true, persistent });
      },
      visit: (slug, sectionId) =>
        update((p, at) => ({
          ...p,
          chapters: { ...p.chapters, [slug]: { ...chapter(p, slug, at), lastVisitedAt: at } },
          lastLocation: { slug, sectionId, at },
        })),
      markSectionRead: (slug, sectionId, allSectionIds) => {
        if (get().progress.chapters[slug]?.sectionsRead.includes(sectionId)) return;
        update((p, at) => {
          const c = chapter(p, slug, at);
          const sectionsRead = [...c.sectionsRead, sectionId];
          // Completion happens once, on the read that finishes the chapter, so a reader who un-marks a
          // chapter is not overruled by the next scroll.
          const finished = allSectionIds.length > 0 && allSectionIds.every((id) => sectionsRead.includes(id));
          const completedAt = c.completedAt ?? (finished ? at : null);
          return { ...p, chapters: { ...p.chapters, [slug]: { ...c, sectionsRead, completedAt } } };
        });
      },
      setChapterComplete: (slug, complete) =>
        update((p, at) => ({
          ...p,
          chapters: { ...p.chapters, [slug]: { ...chapter(p, slug, at), completedAt: complete ? at : null } },
        })),
      solveChallenge: (scenarioId) => {
        if (get().progress.challenges?.[scenarioId]) return;
        update((p, at) => ({ ...p, challenges: { ...p.challenges, [scenarioId]: { solvedAt: at } } }));
      },
      completeLabStep: (slug, stepId, allStepIds) => {
        if (get().progress.labs?.[slug]?.stepsDone.includes(stepId)) return;
        update((p, at) => {
          const lab = p.labs?.[slug] ?? { stepsDone: [], completedAt: null };
          const stepsDone = [...lab.stepsDone, stepId];
          const finished = allStepIds.every((id) => stepsDone.includes(id));
          return {
            ...p,
            labs: { ...p.labs, [slug]: { stepsDone, completedAt: lab.completedAt ?? (finished ? at : null) } },
          };
        });
      },
      setReview: (questionId, card) =>
        update((p) => {
          const practice = practiceOf(p);
          const reviews = { ...practice.reviews };
          if (card) reviews[questionId] = card;
          else delete reviews[questionId];
          return { ...p, practice: { ...practice, reviews } };
        }),
      recordAttempt: (attempt) =>
        update((p, at) => {
          const practice = practiceOf(p);
          return { ...p, practice: { ...practice, attempts: [...practice.attempts, { ...attempt, at }] } };
        }),
      saveExam: (exam) => update((p) => ({ ...p, practice: { ...practiceOf(p), exam } })),
      replace: (progress) => update(() => progress),
      reset: () => update(() => emptyProgress()),
      dismissQuarantine: () => set({ quarantine: null }),
      reload: () => {
        if (storage) load(storage);
      },
    };
  });
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

export const PROGRESS_STORAGE_KEY = `shardlab.progress.v${PROGRESS_VERSION}`;
