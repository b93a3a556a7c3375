'use client';

import { useProgress } from '@/components/progress/useProgress';
import { percent } from '@/lib/practice/scoring';
import type { Attempt } from '@/lib/progress/progressSchema';
import type { PracticeTopic } from '@/lib/questions/practiceBank';
import { DataTable, type Column } from '@/components/ui/DataTable';

const NO_ATTEMPTS: Attempt[] = [];
const NO_CHALLENGES: Record<string, unknown> = {};

const KIND: Record<string, string> = {
  practice: 'Practice',
  exam: 'Timed exam',
  drill: 'Decision drill',
  review: 'Spaced review',
  quiz: 'Chapter quiz',
};

const ATTEMPT_COLUMNS: Column<Attempt>[] = [
  {
    key: 'when',
    header: 'When',
    cell: (a) => new Date(a.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
  },
  {
    key: 'what',
    header: 'What',
    cell: (a) =>
      `${KIND[a.kind]}${a.exams.length ? ` · ${a.exams.join(', ')}` : ''}${a.timedOut ? ' · time ran out' : ''}`,
  },
  {
    key: 'score',
    header: 'Score',
    align: 'end',
    cell: (a) => `${a.right} of ${a.total} (${percent(a.right, a.total)} %)`,
  },
];

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
  const mastery: Column<PracticeTopic>[] = [
    { key: 'topic', header: 'Topic', cell: (t) => t.title },
    {
      key: 'answers',
      header: 'Answers right',
      align: 'end',
      cell: (t) => {
        const sum = totals[t.slug];
        return sum ? `${sum.right} of ${sum.total} (${percent(sum.right, sum.total)} %)` : '—';
      },
    },
    {
      key: 'challenges',
      header: 'Challenges solved',
      align: 'end',
      cell: (t) => {
        const chapterChallenges = challenges[t.slug] ?? [];
        const done = chapterChallenges.filter((id) => solved[id]).length;
        return chapterChallenges.length ? `${done} of ${chapterChallenges.length}` : '—';
      },
    },
  ];
  return (
    <div className="space-y-6">
      <DataTable caption="Mastery by topic" columns={mastery} rows={topics} rowKey={(t) => t.slug} />
      {attempts.length === 0 ? (
        <p className="m-0 text-muted">No attempts yet: your practice sets, exams and drills will be listed here.</p>
      ) : (
        <DataTable
          caption="Your attempts, newest first"
          columns={ATTEMPT_COLUMNS}
          rows={[...attempts].reverse()}
          rowKey={(a) => a.id}
        />
      )}
    </div>
  );
}
