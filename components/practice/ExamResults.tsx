'use client';

import { Check, X } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { useProgressStore } from '@/components/progress/useProgressStore';
import { scheduleAnswer } from '@/lib/practice/scheduleAnswer';
import type { ExamSession } from '@/lib/practice/examSession';
import { domainsOf } from '@/lib/practice/examFormats';
import { isRight, percent, tallyBy, type Tally } from '@/lib/practice/scoring';
import type { PracticeQuestion } from '@/lib/questions/practiceBank';
import { Button } from '@/components/ui/Button';
import { DataTable, type Column } from '@/components/ui/DataTable';
import { InlineIcon } from '@/components/ui/InlineIcon';

interface TallyRow {
  name: string;
  tally: Tally;
}

const TALLY_COLUMNS: Column<TallyRow>[] = [
  { key: 'group', header: 'Group', cell: (r) => r.name },
  { key: 'right', header: 'Right', cell: (r) => `${r.tally.right} of ${r.tally.total}`, align: 'end' },
  { key: 'score', header: 'Score', cell: (r) => `${percent(r.tally.right, r.tally.total)} %`, align: 'end' },
];

function TallyTable({ caption, tally }: { caption: string; tally: Record<string, Tally> }) {
  const rows = Object.entries(tally)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, t]) => ({ name, tally: t }));
  if (rows.length === 0) return null;
  return <DataTable caption={caption} columns={TALLY_COLUMNS} rows={rows} rowKey={(r) => r.name} />;
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
            <li key={q.id} className="list-none rounded-md border border-border">
              <Button
                variant="ghost"
                align="start"
                fullWidth
                aria-expanded={open === q.id}
                onClick={() => setOpen(open === q.id ? null : q.id)}
                className="py-2 font-semibold"
              >
                <span>
                  {i + 1}. <InlineIcon icon={ok ? Check : X} className={ok ? 'text-success' : 'text-pitfall'} />{' '}
                  {ok ? 'Right' : 'Wrong'} — show the question and explanations
                </span>
              </Button>
              {open === q.id && (
                <div className="px-3.5 pt-1 pb-3">
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
      <Button onClick={() => store.getState().saveExam(null)}>Done: clear this result</Button>
    </section>
  );
}
