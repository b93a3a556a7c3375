'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { useProgressStore } from '@/components/progress/useProgressStore';
import { scheduleAnswer } from '@/lib/practice/scheduleAnswer';
import type { ExamSession } from '@/lib/practice/examSession';
import { domainsOf } from '@/lib/practice/examFormats';
import { isRight, percent, tallyBy, type Tally } from '@/lib/practice/scoring';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';

function TallyTable({ caption, tally }: { caption: string; tally: Record<string, Tally> }) {
  const rows = Object.entries(tally).sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              Group
            </th>
            <th scope="col" className="text-right">
              Right
            </th>
            <th scope="col" className="text-right">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, t]) => (
            <tr key={name} className="border-t border-border">
              <th scope="row" className="py-1 text-left font-normal">
                {name}
              </th>
              <td className="text-right">
                {t.right} of {t.total}
              </td>
              <td className="text-right">{percent(t.right, t.total)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A submitted exam: score, results by topic and by exam domain, and every question with explanations. */
export function ExamResults({ exam, questions }: { exam: ExamSession; questions: PracticeQuestion[] }) {
  const store = useProgressStore();
  const recorded = useProgress((s) => s.progress.practice?.attempts.some((a) => a.id === exam.id) ?? false);
  const [open, setOpen] = useState<string | null>(null);
  const { byTopic, byDomain, right } = useMemo(
    () => ({
      byTopic: tallyBy(questions, exam.answers, (q) => [q.topic]),
      byDomain: tallyBy(questions, exam.answers, (q) => domainsOf(q.topic, exam.exams)),
      right: questions.filter((q) => isRight(q.correct, exam.answers[q.id])).length,
    }),
    [questions, exam],
  );

  useEffect(() => {
    if (recorded) return;
    store.getState().recordAttempt({
      id: exam.id,
      kind: 'exam',
      exams: exam.exams,
      right,
      total: questions.length,
      byTopic,
      timedOut: exam.timedOut,
      durationMs: (exam.submittedAt ?? exam.startedAt) - exam.startedAt,
    });
    for (const q of questions)
      scheduleAnswer(store, q.id, isRight(q.correct, exam.answers[q.id]) ? 'right' : 'wrong', new Date()).catch(
        () => undefined,
      );
  }, [recorded, store, exam, right, questions, byTopic]);

  return (
    <section aria-labelledby="exam-results" className="space-y-5">
      <h2 id="exam-results" className="m-0 text-2xl font-bold">
        Your result: {right} of {questions.length} ({percent(right, questions.length)} %)
      </h2>
      <p className="m-0">
        {exam.timedOut ? 'The time ran out, so the exam was submitted for you.' : 'You submitted the exam.'} Wrong
        answers are now in your spaced review.
      </p>
      <TallyTable caption="By topic" tally={byTopic} />
      <TallyTable caption="By exam domain" tally={byDomain} />
      <h3 className="m-0 text-xl font-bold">Every question</h3>
      <ol className="m-0 space-y-2 p-0">
        {questions.map((q, i) => {
          const ok = isRight(q.correct, exam.answers[q.id]);
          return (
            <li key={q.id} className="list-none rounded-md border border-border p-3">
              <button
                type="button"
                aria-expanded={open === q.id}
                onClick={() => setOpen(open === q.id ? null : q.id)}
                className="w-full text-left font-semibold"
              >
                {i + 1}. {ok ? '✔ Right' : '✘ Wrong'} — show the question and explanations
              </button>
              {open === q.id && (
                <div className="mt-2">
                  <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: q.stemHtml }} />
                  <ul className="m-0 mt-2 space-y-2 p-0">
                    {q.options.map((o, j) => (
                      <li key={j} className="list-none text-sm">
                        <p className="m-0">
                          <span className="font-semibold">
                            {String.fromCharCode(65 + j)}. {q.correct.includes(j) ? '(correct) ' : ''}
                            {exam.answers[q.id]?.includes(j) ? '(your answer) ' : ''}
                          </span>
                          <span dangerouslySetInnerHTML={{ __html: o.html }} />
                        </p>
                        <p className="m-0 text-muted" dangerouslySetInnerHTML={{ __html: o.explanationHtml }} />
                      </li>
                    ))}
                  </ul>
                  <p className="m-0 mt-2 flex flex-wrap gap-4 text-sm">
                    <Link href={q.learn.href} className="text-accent underline">
                      Read: {q.learn.label}
                    </Link>
                    {q.scenario && (
                      <Link href={`/playground/?scenario=${q.scenario}`} className="text-accent underline">
                        Show me in the simulator
                      </Link>
                    )}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => store.getState().saveExam(null)}
        className="min-h-10 rounded-md border border-border px-4"
      >
        Done: clear this result
      </button>
    </section>
  );
}
