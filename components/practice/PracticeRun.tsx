'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { dueToday } from '@/lib/practice/reviewCard';
import { matching } from '@/lib/practice/questionFilter';
import { shuffled } from '@/lib/practice/shuffle';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';
import { questionsByIds } from '@/lib/questions/questionsByIds';
import { filterOf, fromQuery } from './PracticeSetup';
import { QuestionSet } from './QuestionSet';

/**
 * A practice set from the query string (`?exams=…&topics=…&difficulty=…&count=…&seed=…`), or with
 * `?mode=review` the questions due in the spaced review today. The same query gives the same set.
 */
export function PracticeRun({ bank }: { bank: PracticeQuestion[] }) {
  const search = useSearchParams();
  const review = search.get('mode') === 'review';
  const ready = useProgress((s) => s.ready);
  const reviews = useProgress((s) => s.progress.practice?.reviews);
  // The set is fixed when it starts: answering moves questions along the schedule, which must not reshuffle it.
  const [frozen, setFrozen] = useState<PracticeQuestion[] | null>(null);
  const [finished, setFinished] = useState(false);
  const settings = fromQuery(search);

  if (review && !ready) return <p>Loading your review schedule…</p>;
  let questions = frozen;
  if (!questions) {
    questions = review
      ? questionsByIds(bank, dueToday(reviews ?? {}, new Date()))
      : shuffled(matching(bank, filterOf(settings)), settings.seed).slice(0, settings.count);
    setFrozen(questions);
  }

  if (questions.length === 0)
    return (
      <div className="space-y-3">
        <p className="m-0">
          {review ? 'Nothing is due for review today. Well done.' : 'No questions match these choices.'}
        </p>
        <Link href="/practice/" className="text-accent underline">
          Back to exam practice
        </Link>
      </div>
    );
  return (
    <div className="space-y-4">
      <p className="m-0 text-muted">
        {review ? `Spaced review: ${questions.length} due today.` : `${questions.length} questions.`} Each answer shows
        every option&apos;s explanation.
      </p>
      <QuestionSet
        questions={questions}
        kind={review ? 'review' : 'practice'}
        exams={settings.exams}
        onDone={() => setFinished(true)}
      />
      {finished && (
        <p className="m-0 flex gap-4">
          <Link href="/practice/" className="text-accent underline">
            Back to exam practice
          </Link>
        </p>
      )}
    </div>
  );
}
