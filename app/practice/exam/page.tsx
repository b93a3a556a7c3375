import type { Metadata } from 'next';
import { ExamRunner } from '@/components/practice/ExamRunner';
import { practiceBank } from '@/lib/questions/practiceBank';

export const metadata: Metadata = {
  title: 'Timed exam',
  description: 'A timed Kinesis mock exam that survives a reload.',
};

export default function ExamPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <h1 className="text-3xl font-extrabold tracking-tight">Timed exam</h1>
      <div className="mt-6">
        <ExamRunner bank={practiceBank().filter((q) => !q.decision)} />
      </div>
    </main>
  );
}
