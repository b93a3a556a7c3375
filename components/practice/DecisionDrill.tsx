'use client';

import { Check, X } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useProgressStore } from '@/components/progress/useProgressStore';
import { preloadScheduler, scheduleAnswer } from '@/lib/practice/scheduleAnswer';
import { tallyWhere } from '@/lib/practice/scoring';
import { shuffled } from '@/lib/practice/shuffle';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';
import { Button } from '@/components/ui/Button';

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '');

/**
 * Fast sorting of short scenarios to a service: one tap or one number key per scenario, instant feedback,
 * Enter (or the button) for the next one.
 */
export function DecisionDrill({ questions }: { questions: PracticeQuestion[] }) {
  const store = useProgressStore();
  const [order] = useState(() => shuffled(questions, Date.now() % 1_000_000));
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<number | null>(null);
  const [results, setResults] = useState<boolean[]>([]);
  const nextButton = useRef<HTMLButtonElement>(null);
  const q = order[index];
  const done = index >= order.length;
  useEffect(preloadScheduler, []);

  const pick = (i: number) => {
    if (!q || picked !== null || i >= q.options.length) return;
    const right = q.correct.includes(i);
    setPicked(i);
    const all = [...results, right];
    setResults(all);
    scheduleAnswer(store, q.id, right ? 'right' : 'wrong', new Date()).catch(() => undefined);
    if (all.length === order.length) {
      const byTopic = tallyWhere(
        order.map((question, n) => ({ question, right: all[n] === true })),
        (r) => r.right,
        (r) => [r.question.topic],
      );
      store.getState().recordAttempt({
        id: `drill-${Date.now().toString(36)}`,
        kind: 'drill',
        exams: [],
        right: all.filter(Boolean).length,
        total: all.length,
        byTopic,
      });
    }
  };
  const next = () => {
    setPicked(null);
    setIndex((i) => i + 1);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const n = Number(e.key);
      if (n >= 1 && n <= 9) {
        e.preventDefault();
        pick(n - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    if (picked !== null) nextButton.current?.focus();
  }, [picked]);

  const score = results.filter(Boolean).length;
  if (done)
    return (
      <div className="space-y-3">
        <p role="status" className="m-0 text-xl font-semibold">
          {score} of {order.length} sorted right.
        </p>
        <p className="m-0">Misses come back in your spaced review.</p>
        <p className="m-0 flex gap-4">
          <a href="/practice/drill/" className="text-accent underline">
            Drill again
          </a>
          <Link href="/practice/" className="text-accent underline">
            Back to exam practice
          </Link>
        </p>
      </div>
    );
  return (
    <section aria-labelledby="drill-scenario" className="space-y-3">
      <p className="m-0 text-sm text-muted">
        Scenario {index + 1} of {order.length} · {score} right so far · keys 1–{q!.options.length} choose
      </p>
      <div id="drill-scenario" className="prose max-w-none text-lg" dangerouslySetInnerHTML={{ __html: q!.stemHtml }} />
      <div role="group" aria-label="Services" className="grid gap-2 sm:grid-cols-2">
        {q!.options.map((o, i) => {
          const isCorrect = q!.correct.includes(i);
          // After the pick the tiles show the answer by a mark as well as by colour; the status below says it in words.
          const Mark = picked === null ? null : isCorrect ? Check : picked === i ? X : null;
          const tone =
            picked === null
              ? 'border-border'
              : isCorrect
                ? 'border-tip bg-tip-bg'
                : picked === i
                  ? 'border-pitfall bg-pitfall-bg'
                  : 'border-border';
          return (
            <Button
              key={i}
              variant="ghost"
              size="lg"
              align="start"
              onClick={() => pick(i)}
              aria-disabled={picked !== null}
              className={`border-2 font-semibold aria-disabled:pointer-events-none ${tone}`}
            >
              <kbd className="rounded border border-border px-1.5 font-mono text-sm">{i + 1}</kbd>
              <span className="grow">{stripTags(o.html)}</span>
              {Mark && (
                <Mark
                  aria-hidden="true"
                  className={`size-5 shrink-0 ${isCorrect ? 'text-success' : 'text-pitfall'}`}
                  strokeWidth={2.5}
                />
              )}
            </Button>
          );
        })}
      </div>
      {picked !== null && (
        <div className="space-y-2">
          <p role="status" className={`m-0 font-semibold ${q!.correct.includes(picked) ? 'text-tip' : 'text-pitfall'}`}>
            {q!.correct.includes(picked) ? 'Right: ' : 'Not quite: '}
            {stripTags(q!.options[q!.correct[0]!]!.html)}.{' '}
            <span
              className="font-normal"
              dangerouslySetInnerHTML={{ __html: q!.options[q!.correct[0]!]!.explanationHtml }}
            />
          </p>
          {!q!.correct.includes(picked) && (
            <p className="m-0 text-sm" dangerouslySetInnerHTML={{ __html: q!.options[picked]!.explanationHtml }} />
          )}
          <Button ref={nextButton} variant="primary" onClick={next}>
            {index === order.length - 1 ? 'See your score' : 'Next scenario'}
          </Button>
        </div>
      )}
    </section>
  );
}
