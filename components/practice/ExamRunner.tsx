'use client';

import { Flag } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { useProgressStore } from '@/components/progress/useProgressStore';
import {
  atTime,
  choose,
  goTo,
  submit,
  timeLeftMs,
  toggleFlag,
  unanswered,
  type ExamSession,
} from '@/lib/practice/examSession';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';
import { questionsByIds } from '@/lib/questions/questionsByIds';
import { preloadScheduler } from '@/lib/practice/scheduleAnswer';
import { Button } from '@/components/ui/Button';
import { InlineIcon } from '@/components/ui/InlineIcon';
import { ToggleButton } from '@/components/ui/ToggleButton';
import { ExamResults } from './ExamResults';

const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
};

/** Re-renders every second while an exam runs, for the countdown and the time-out. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * The timed exam: free navigation, flags, a review screen before submitting, and a countdown that submits
 * by itself. Every change is saved at once, so a reload or a closed tab loses nothing.
 */
export function ExamRunner({ bank }: { bank: PracticeQuestion[] }) {
  const store = useProgressStore();
  const ready = useProgress((s) => s.ready);
  const saved = useProgress((s) => s.progress.practice?.exam ?? null);
  const [reviewing, setReviewing] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const current = saved?.current ?? 0;
  // Fetched while the exam runs, so the results can schedule the misses even if the network is gone by then.
  useEffect(preloadScheduler, []);
  // A new question (or the review screen) starts at its top, as a new page would.
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, [current, reviewing]);
  const running = saved !== null && saved.submittedAt === null;
  const now = useNow(running);
  const exam = saved ? atTime(saved, now) : null;
  const questionIds = saved?.questionIds;
  // Looked up once per exam, not on every tick of the countdown.
  const questions = useMemo(() => questionsByIds(bank, questionIds ?? []), [bank, questionIds]);
  const timedOutNow = saved !== null && saved.submittedAt === null && exam?.submittedAt !== null;
  useEffect(() => {
    if (timedOutNow && exam) store.getState().saveExam(exam);
  }, [timedOutNow, exam, store]);

  if (!ready) return <p>Loading your exam…</p>;
  if (!exam)
    return (
      <p>
        No exam in progress.{' '}
        <Link href="/practice/#exam-title" className="text-accent underline">
          Start one from exam practice
        </Link>
        .
      </p>
    );
  if (exam.submittedAt !== null) return <ExamResults exam={exam} questions={questions} />;

  const save = (next: ExamSession) => store.getState().saveExam(next);
  const q = questions[exam.current]!;
  const left = timeLeftMs(exam, now);
  const open = unanswered(exam);

  return (
    <div ref={top} className="scroll-mt-24 space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 border-b border-border bg-bg py-2 lg:top-14">
        <p className="m-0 text-lg font-semibold" aria-label={`Time left ${clock(left)}`}>
          <span className="text-sm font-normal text-muted">Time left </span>
          <span className="font-mono">{clock(left)}</span>
        </p>
        <p className="m-0 text-sm text-muted">
          {exam.questionIds.length - open.length} of {exam.questionIds.length} answered · {exam.flagged.length} flagged
        </p>
        <Button variant="outline" onClick={() => setReviewing(true)}>
          Review and submit
        </Button>
      </div>
      {left <= 5 * 60_000 && (
        <p role="status" className="m-0 text-sm font-semibold text-pitfall">
          Less than five minutes left: the exam is submitted when the time runs out.
        </p>
      )}
      {reviewing ? (
        <section aria-labelledby="exam-review" className="space-y-3">
          <h2 id="exam-review" className="m-0 text-xl font-bold">
            Before you submit
          </h2>
          <p className="m-0">
            {open.length === 0 ? 'Every question is answered.' : `${open.length} unanswered: they count as wrong.`}{' '}
            {exam.flagged.length > 0 ? `${exam.flagged.length} flagged for review.` : ''}
          </p>
          <ol className="m-0 grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-2 p-0">
            {questions.map((question, i) => (
              <li key={question.id} className="list-none">
                <Button
                  size="sm"
                  align="start"
                  fullWidth
                  className="h-full py-1.5"
                  onClick={() => {
                    save(goTo(exam, i));
                    setReviewing(false);
                  }}
                >
                  <span>
                    {i + 1}. {exam.answers[question.id]?.length ? 'answered' : 'unanswered'}
                    {exam.flagged.includes(question.id) && (
                      <>
                        {' · '}
                        <InlineIcon icon={Flag} /> flagged
                      </>
                    )}
                  </span>
                </Button>
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => setReviewing(false)}>Back to the questions</Button>
            <Button variant="primary" onClick={() => save(submit(exam, Date.now()))}>
              Submit the exam
            </Button>
          </div>
        </section>
      ) : (
        <article aria-labelledby="exam-question" className="rounded-lg border border-border p-4">
          <p className="m-0 text-sm text-muted">
            Question {exam.current + 1} of {questions.length}
            {exam.flagged.includes(q.id) && (
              <>
                {' · '}
                <InlineIcon icon={Flag} /> flagged for review
              </>
            )}
          </p>
          <div id="exam-question" className="prose mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: q.stemHtml }} />
          <fieldset className="mt-3 border-0 p-0">
            <legend className="mb-2 text-sm font-semibold">
              {q.multiple ? `Choose ${q.correct.length}` : 'Choose one'}
            </legend>
            <ul className="m-0 list-none space-y-2 p-0">
              {q.options.map((o, i) => (
                <li key={i} className="rounded-md border-2 border-border p-3">
                  <label className="flex cursor-pointer items-start gap-3">
                    <input
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={`exam-${q.id}`}
                      checked={exam.answers[q.id]?.includes(i) ?? false}
                      onChange={() => save(choose(exam, q.id, i, q.multiple))}
                      className="mt-1 h-5 w-5 shrink-0"
                    />
                    <span>
                      <span className="font-semibold">{String.fromCharCode(65 + i)}. </span>
                      <span dangerouslySetInnerHTML={{ __html: o.html }} />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button disabled={exam.current === 0} onClick={() => save(goTo(exam, exam.current - 1))}>
              Previous
            </Button>
            <ToggleButton
              icon={Flag}
              pressed={exam.flagged.includes(q.id)}
              onClick={() => save(toggleFlag(exam, q.id))}
            >
              Flag for review
            </ToggleButton>
            <Button
              variant="primary"
              onClick={() =>
                exam.current === questions.length - 1 ? setReviewing(true) : save(goTo(exam, exam.current + 1))
              }
            >
              {exam.current === questions.length - 1 ? 'Review' : 'Next'}
            </Button>
          </div>
        </article>
      )}
    </div>
  );
}
