import type { Metadata } from 'next';
import { PracticeHub } from '@/components/practice/PracticeHub';
import { courseMap } from '@/lib/content/courseMap';
import { practiceBank, practiceTopics } from '@/lib/questions/practiceBank';

export const metadata: Metadata = {
  title: 'Exam practice',
  description:
    'Kinesis questions for CLF-C02, SAA-C03, DVA-C02, SOA-C03, DEA-C01 and SAP-C02: practice, timed exams, a decision drill and spaced review.',
};

export default function PracticePage() {
  const bank = practiceBank();
  const index = bank.map((q) => ({
    id: q.id,
    exams: q.exams,
    topic: q.topic,
    difficulty: q.difficulty,
    decision: q.decision,
  }));
  const challenges = Object.fromEntries(courseMap().map((c) => [c.slug, c.challengeScenarios]));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <h1 className="text-3xl font-extrabold tracking-tight">Exam practice</h1>
      <p className="mt-3 text-muted">
        {bank.length} questions on the Kinesis ground of six AWS exams, each option with its own explanation, each
        question linked to the section that teaches it and, where it helps, to the simulator.
      </p>
      <div className="mt-8">
        <PracticeHub
          topics={practiceTopics()}
          index={index}
          decisionCount={bank.filter((q) => q.decision).length}
          challenges={challenges}
        />
      </div>
    </main>
  );
}
