import type { Metadata } from 'next';
import { LazyDecisionDrill } from '@/components/practice/LazyDecisionDrill';
import { practiceBank } from '@/lib/questions/practiceBank';

export const metadata: Metadata = {
  title: 'Decision drill',
  description:
    'Sort short scenarios to Kinesis Data Streams, Firehose, SQS, SNS, EventBridge or MSK as fast as you can.',
};

export default function DrillPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <h1 className="text-3xl font-extrabold tracking-tight">Decision drill</h1>
      <p className="mt-3 text-muted">Which service fits? Tap a service or press its number key.</p>
      <div className="mt-6">
        <LazyDecisionDrill questions={practiceBank().filter((q) => q.decision)} />
      </div>
    </main>
  );
}
