'use client';

import { useEffect, useRef, useState } from 'react';
import { useProgressStore } from '@/components/progress/useProgressStore';
import { nextReviewText } from '@/lib/practice/reviewCard';
import { preloadScheduler, scheduleAnswer } from '@/lib/practice/scheduleAnswer';
import { tallyWhere, type Tally } from '@/lib/practice/scoring';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';
import type { Attempt } from '@/lib/progress/progressSchema';
import { Button } from '@/components/ui/Button';
import { QuestionCard } from './QuestionCard';

/** Said when the scheduler could not be fetched (offline before it was first loaded). */
export const SCHEDULER_OFFLINE =
  'This answer could not be added to your spaced review: the page could not load its scheduler. Reload once you are online.';

export interface SetResult {
  right: number;
  total: number;
  byTopic: Record<string, Tally>;
}

/**
 * Questions answered one after another with feedback; every answer moves the spaced-review schedule, and
 * the finished set is kept as an attempt. `all` shows every question at once (a chapter's review questions).
 */
export function QuestionSet({
  questions,
  kind,
  exams,
  all = false,
  onDone,
}: {
  questions: PracticeQuestion[];
  kind: Attempt['kind'];
  exams: string[];
  all?: boolean;
  onDone?: (result: SetResult) => void;
}) {
  const store = useProgressStore();
  const [index, setIndex] = useState(0);
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [attemptId] = useState(() => `${kind}-${Date.now().toString(36)}`);
  const recorded = useRef(false);
  const [reviewNotes, setReviewNotes] = useState<Record<string, string>>({});
  const done = Object.keys(checked).length === questions.length;
  useEffect(preloadScheduler, []);

  const answered = (q: PracticeQuestion, right: boolean, unsure: boolean) => {
    const now = new Date();
    const note = (text: string | null) => {
      if (text) setReviewNotes((n) => ({ ...n, [q.id]: text }));
    };
    scheduleAnswer(store, q.id, !right ? 'wrong' : unsure ? 'unsure' : 'right', now).then(
      (card) => note(nextReviewText(card, now)),
      () => note(SCHEDULER_OFFLINE),
    );
    const next = { ...checked, [q.id]: right };
    setChecked(next);
    if (Object.keys(next).length === questions.length && !recorded.current) {
      recorded.current = true;
      const byTopic = tallyWhere(
        questions,
        (question) => next[question.id] === true,
        (question) => [question.topic],
      );
      const result = { right: Object.values(next).filter(Boolean).length, total: questions.length, byTopic };
      store.getState().recordAttempt({ id: attemptId, kind, exams, ...result });
      onDone?.(result);
    }
  };

  const shown = all ? questions : questions.slice(0, index + 1).slice(-1);
  return (
    <div className="space-y-4">
      {shown.map((q) => (
        <QuestionCard
          key={q.id}
          question={q}
          position={`Question ${questions.indexOf(q) + 1} of ${questions.length}`}
          onChecked={(right, unsure) => answered(q, right, unsure)}
          reviewNote={reviewNotes[q.id]}
        />
      ))}
      {!all && checked[questions[index]?.id ?? ''] !== undefined && index < questions.length - 1 && (
        <Button variant="outline" onClick={() => setIndex((i) => i + 1)}>
          Next question
        </Button>
      )}
      {done && (
        <p role="status" className="m-0 rounded-md border border-border bg-surface p-3 font-semibold">
          {Object.values(checked).filter(Boolean).length} of {questions.length} right. Wrong and unsure answers come
          back in your spaced review.
        </p>
      )}
    </div>
  );
}
