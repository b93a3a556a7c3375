'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { useProgressStore } from '@/components/progress/useProgressStore';
import { startExam } from '@/lib/practice/examSession';
import { MINUTES_PER_QUESTION } from '@/lib/practice/examFormats';
import { matching, type Filterable } from '@/lib/practice/questionFilter';
import { shuffled } from '@/lib/practice/shuffle';
import type { PracticeTopic } from '@/lib/questions/practiceBank';
import { Button } from '@/components/ui/Button';
import { filterOf, SetupFields, type SetupValues } from './PracticeSetup';

const PRESETS = [
  { label: 'Quick: 10 questions, 20 minutes', count: 10 },
  { label: 'Half: 30 questions, 60 minutes', count: 30 },
  { label: 'Full length: 65 questions, 130 minutes', count: 65 },
];

/** Starts a timed exam: the ground, a preset or own length and time, and an optional time accommodation. */
export function ExamSetup({ topics, index }: { topics: PracticeTopic[]; index: Filterable[] }) {
  const router = useRouter();
  const store = useProgressStore();
  const inProgress = useProgress((s) => s.progress.practice?.exam ?? null);
  const [values, setValues] = useState<SetupValues>({ exams: [], topics: [], difficulties: [], count: 10 });
  const [minutes, setMinutes] = useState(20);
  const [extra, setExtra] = useState(false);
  const pool = matching(
    index.filter((q) => !q.decision),
    filterOf(values),
  );

  const start = () => {
    const seed = Date.now() % 1_000_000;
    const ids = shuffled(pool, seed)
      .slice(0, values.count)
      .map((q) => q.id);
    store.getState().saveExam(startExam(`exam-${seed}`, ids, minutes, extra ? 1.5 : 1, Date.now(), values.exams));
    router.push('/practice/exam/');
  };

  return (
    <form
      aria-labelledby="exam-title"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      {inProgress && inProgress.submittedAt === null && (
        <p className="m-0 rounded-md border-2 border-accent p-3">
          You have an exam in progress.{' '}
          <a href="/practice/exam/" className="font-semibold text-accent underline">
            Resume it
          </a>
          , or start a new one below (the one in progress is then discarded).
        </p>
      )}
      <SetupFields topics={topics} values={values} onChange={setValues} available={pool.length} />
      <fieldset className="m-0 border-0 p-0">
        <legend className="mb-1 font-semibold">Length and time</legend>
        <p className="m-0 mb-1 text-sm text-muted">
          Presets allow {MINUTES_PER_QUESTION} minutes a question. Check your exam&apos;s guide for its real length and
          time.
        </p>
        <div className="flex flex-col gap-1">
          {PRESETS.map((p) => (
            <label key={p.count} className="flex min-h-8 items-center gap-2">
              <input
                type="radio"
                name="exam-preset"
                className="h-5 w-5"
                checked={values.count === p.count && minutes === p.count * MINUTES_PER_QUESTION}
                onChange={() => {
                  setValues({ ...values, count: p.count });
                  setMinutes(p.count * MINUTES_PER_QUESTION);
                }}
              />
              {p.label}
            </label>
          ))}
        </div>
        <div className="mt-2 flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            Questions
            <input
              type="number"
              min={1}
              value={values.count}
              onChange={(e) => setValues({ ...values, count: Number(e.target.value) })}
              className="min-h-10 w-24 rounded-md border border-border bg-bg px-2"
            />
          </label>
          <label className="flex items-center gap-2">
            Minutes
            <input
              type="number"
              min={1}
              value={minutes}
              onChange={(e) => setMinutes(Number(e.target.value))}
              className="min-h-10 w-24 rounded-md border border-border bg-bg px-2"
            />
          </label>
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" className="h-5 w-5" checked={extra} onChange={(e) => setExtra(e.target.checked)} />
        Time accommodation: 50 % more time
      </label>
      {pool.length < values.count && (
        <p className="m-0 text-sm text-pitfall">
          Only {pool.length} questions match; the exam will have {pool.length}.
        </p>
      )}
      <Button type="submit" variant="primary" disabled={pool.length === 0 || minutes < 1 || values.count < 1}>
        Start the exam
      </Button>
    </form>
  );
}
