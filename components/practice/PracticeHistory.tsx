'use client';

import { useProgress } from '@/components/progress/useProgress';
import { percent } from '@/lib/practice/scoring';
import type { Attempt } from '@/lib/progress/progressSchema';
import type { PracticeTopic } from '@/lib/questions/practiceBank';

const NO_ATTEMPTS: Attempt[] = [];
const NO_CHALLENGES: Record<string, unknown> = {};

const KIND: Record<string, string> = {
  practice: 'Practice',
  exam: 'Timed exam',
  drill: 'Decision drill',
  review: 'Spaced review',
  quiz: 'Chapter quiz',
};

/** Every attempt, newest first, and mastery per topic: answers across attempts plus solved simulator challenges. */
export function PracticeHistory({
  topics,
  challenges,
}: {
  topics: PracticeTopic[];
  challenges: Record<string, string[]>;
}) {
  const ready = useProgress((s) => s.ready);
  // Select the stored values themselves: a fallback built inside a selector is a new object every time.
  const attempts = useProgress((s) => s.progress.practice?.attempts) ?? NO_ATTEMPTS;
  const solved = useProgress((s) => s.progress.challenges) ?? NO_CHALLENGES;
  if (!ready) return <p aria-busy="true">Loading your history…</p>;
  const totals: Record<string, { right: number; total: number }> = {};
  for (const a of attempts)
    for (const [topic, t] of Object.entries(a.byTopic)) {
      const sum = (totals[topic] ??= { right: 0, total: 0 });
      sum.right += t.right;
      sum.total += t.total;
    }
  return (
    <div className="space-y-6">
      <div className="table-scroll overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-1 text-left font-semibold">Mastery by topic</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                Topic
              </th>
              <th scope="col" className="text-right">
                Answers right
              </th>
              <th scope="col" className="text-right">
                Challenges solved
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => {
              const sum = totals[t.slug];
              const chapterChallenges = challenges[t.slug] ?? [];
              const done = chapterChallenges.filter((id) => solved[id]).length;
              return (
                <tr key={t.slug} className="border-t border-border">
                  <th scope="row" className="py-1 text-left font-normal">
                    {t.title}
                  </th>
                  <td className="text-right">
                    {sum ? `${sum.right} of ${sum.total} (${percent(sum.right, sum.total)} %)` : '—'}
                  </td>
                  <td className="text-right">
                    {chapterChallenges.length ? `${done} of ${chapterChallenges.length}` : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {attempts.length === 0 ? (
        <p className="m-0 text-muted">No attempts yet: your practice sets, exams and drills will be listed here.</p>
      ) : (
        <div className="table-scroll overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="mb-1 text-left font-semibold">Your attempts, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  When
                </th>
                <th scope="col" className="text-left">
                  What
                </th>
                <th scope="col" className="text-right">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {[...attempts].reverse().map((a) => (
                <tr key={a.id} className="border-t border-border">
                  <td className="py-1">
                    {new Date(a.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                  </td>
                  <td>
                    {KIND[a.kind]}
                    {a.exams.length ? ` · ${a.exams.join(', ')}` : ''}
                    {a.timedOut ? ' · time ran out' : ''}
                  </td>
                  <td className="text-right">
                    {a.right} of {a.total} ({percent(a.right, a.total)} %)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
