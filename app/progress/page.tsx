import type { Metadata } from 'next';
import { LabProgressList } from '@/components/lab/LabProgressList';
import { ProgressSummary } from '@/components/progress/ProgressSummary';
import { ProgressTransfer } from '@/components/progress/ProgressTransfer';
import { courseMap } from '@/lib/content/courseMap';
import { loadLabSources } from '@/lib/content/labs';
import { labSteps } from '@/lib/content/labSteps';

export const metadata: Metadata = {
  title: 'Your progress',
  description:
    'See which Shardlab chapters you have read and which labs you have done, and export or import your progress.',
};

export default function ProgressPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <h1 className="text-3xl font-extrabold tracking-tight">Your progress</h1>
      <p className="mt-3 text-muted">
        A section counts as read once you have scrolled to its end; a chapter is complete when you have read every
        section or marked it complete.
      </p>
      <div className="mt-8">
        <ProgressSummary entries={courseMap()} />
      </div>
      <div className="mt-10">
        <LabProgressList
          labs={loadLabSources().map((l) => ({
            slug: l.slug,
            order: l.order,
            title: l.title,
            steps: labSteps(l.source).length,
          }))}
        />
      </div>
      <div className="mt-10">
        <ProgressTransfer />
      </div>
    </main>
  );
}
