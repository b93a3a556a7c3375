import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PracticeRun } from '@/components/practice/PracticeRun';
import { practiceBank } from '@/lib/questions/practiceBank';

export const metadata: Metadata = {
  title: 'Practice questions',
  description: 'A set of Kinesis exam-practice questions with explanations.',
};

export default function PracticeRunPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <h1 className="text-3xl font-extrabold tracking-tight">Practice</h1>
      <div className="mt-6">
        <Suspense fallback={<p>Loading the questions…</p>}>
          <PracticeRun bank={practiceBank()} />
        </Suspense>
      </div>
    </main>
  );
}
