'use client';

import { Check, X } from 'lucide-react';
import Link from 'next/link';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { InlineIcon } from '@/components/ui/InlineIcon';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';
import { isRight } from '@/lib/practice/scoring';

export interface QuestionCardProps {
  question: PracticeQuestion;
  /** "Question 3 of 10", when part of a set. */
  position?: string;
  /** Called once, when the answer is checked. */
  onChecked?: (right: boolean, unsure: boolean) => void;
  /** Where the answer put the question in the spaced review, once it is scheduled. */
  reviewNote?: string;
}

/**
 * One question with immediate feedback: choose, check, then every option's explanation, the chapter
 * section that teaches it, and "Show me" in the simulator.
 */
export function QuestionCard({ question, position, onChecked, reviewNote }: QuestionCardProps) {
  const [chosen, setChosen] = useState<number[]>([]);
  const [unsure, setUnsure] = useState(false);
  const [checked, setChecked] = useState(false);
  const id = useId();
  const need = question.correct.length;
  const right = checked && isRight(question.correct, chosen);

  const pick = (i: number) => {
    if (checked) return;
    setChosen((c) => (question.multiple ? (c.includes(i) ? c.filter((x) => x !== i) : [...c, i]) : [i]));
  };
  const check = () => {
    setChecked(true);
    onChecked?.(isRight(question.correct, chosen), unsure);
  };

  return (
    <article aria-labelledby={`${id}-stem`} className="rounded-lg border border-border p-4 sm:p-5">
      <p className="m-0 text-sm text-muted">
        {position ? `${position} · ` : ''}
        {question.difficulty} · {question.exams.join(', ')}
      </p>
      <div
        id={`${id}-stem`}
        className="prose mt-2 max-w-none"
        dangerouslySetInnerHTML={{ __html: question.stemHtml }}
      />
      <fieldset className="mt-3 border-0 p-0">
        <legend className="mb-2 text-sm font-semibold">{question.multiple ? `Choose ${need}` : 'Choose one'}</legend>
        <ul className="m-0 list-none space-y-2 p-0">
          {question.options.map((o, i) => {
            const isCorrect = question.correct.includes(i);
            const picked = chosen.includes(i);
            const tone = !checked
              ? 'border-border'
              : isCorrect
                ? 'border-tip bg-tip-bg'
                : picked
                  ? 'border-pitfall bg-pitfall-bg'
                  : 'border-border';
            return (
              <li key={i} className={`rounded-md border-2 p-3 ${tone}`}>
                <label className="flex cursor-pointer items-start gap-3">
                  <input
                    type={question.multiple ? 'checkbox' : 'radio'}
                    name={`${id}-options`}
                    checked={picked}
                    disabled={checked}
                    onChange={() => pick(i)}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <span>
                    <span className="font-semibold">{String.fromCharCode(65 + i)}. </span>
                    <span dangerouslySetInnerHTML={{ __html: o.html }} />
                  </span>
                </label>
                {checked && (
                  <div className="mt-2 ml-8 text-sm">
                    <p className="m-0 font-semibold">
                      <InlineIcon
                        icon={isCorrect ? Check : X}
                        className={isCorrect ? 'text-success' : 'text-pitfall'}
                      />{' '}
                      {isCorrect ? 'Correct' : picked ? 'Your choice: wrong' : 'Wrong'}
                    </p>
                    <p className="m-0" dangerouslySetInnerHTML={{ __html: o.explanationHtml }} />
                    {o.counterExample && !isCorrect && (
                      <Link href={`/playground/?scenario=${o.counterExample}`} className="text-accent underline">
                        Watch why it fails in the simulator
                      </Link>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!checked ? (
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Button variant="primary" onClick={check} disabled={chosen.length !== need}>
            Check answer
          </Button>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={unsure} onChange={(e) => setUnsure(e.target.checked)} className="h-5 w-5" />
            I&apos;m not sure (review it again soon)
          </label>
        </div>
      ) : (
        <div className="mt-3 space-y-2">
          <p role="status" className={`m-0 font-semibold ${right ? 'text-tip' : 'text-pitfall'}`}>
            {right
              ? 'Right.'
              : `Not quite: the answer is ${question.correct.map((c) => String.fromCharCode(65 + c)).join(' and ')}.`}
          </p>
          {reviewNote && <p className="m-0 text-sm text-muted">{reviewNote}</p>}
          <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={question.learn.href} className="text-accent underline">
              Read: {question.learn.label}
            </Link>
            {question.scenario && (
              <Link href={`/playground/?scenario=${question.scenario}`} className="text-accent underline">
                Show me in the simulator
              </Link>
            )}
          </p>
        </div>
      )}
    </article>
  );
}
