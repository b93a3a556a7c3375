import { ButtonLink } from '@/components/ui/ButtonLink';
import type { Filterable } from '@/lib/practice/questionFilter';
import type { PracticeTopic } from '@/lib/questions/practiceBank';
import { ExamSetup } from './ExamSetup';
import { PracticeHistory } from './PracticeHistory';
import { PracticeSetup } from './PracticeSetup';
import { ReviewDue } from './ReviewDue';

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-border p-4 sm:p-5">
      <h2 id={id} className="mt-0 mb-3 scroll-mt-20 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Exam practice's home: practice, a timed exam, the decision drill, spaced review, history and mastery. */
export function PracticeHub({
  topics,
  index,
  decisionCount,
  challenges,
}: {
  topics: PracticeTopic[];
  index: Filterable[];
  decisionCount: number;
  challenges: Record<string, string[]>;
}) {
  return (
    <div className="space-y-6">
      <Panel id="review-title" title="Spaced review">
        <ReviewDue />
      </Panel>
      <Panel id="practice-title" title="Practice">
        <p className="mt-0">Answer at your own pace; after each question you see why every option is right or wrong.</p>
        <PracticeSetup topics={topics} index={index} />
      </Panel>
      <Panel id="exam-title" title="Timed exam">
        <p className="mt-0">
          A mock exam against the clock: move freely, flag questions, review before you submit. It is saved as you go,
          so a reload or a closed tab loses nothing; when the time runs out it is submitted for you.
        </p>
        <ExamSetup topics={topics} index={index} />
      </Panel>
      <Panel id="drill-title" title="Decision drill">
        <p className="mt-0">
          {decisionCount} short scenarios to sort as fast as you can: Kinesis Data Streams, Amazon Data Firehose, Amazon
          SQS, Amazon SNS, Amazon EventBridge or Amazon MSK. Keys 1–4 answer, Enter goes on.
        </p>
        <ButtonLink href="/practice/drill/" variant="primary">
          Start the drill
        </ButtonLink>
      </Panel>
      <Panel id="history-title" title="History and mastery">
        <PracticeHistory topics={topics} challenges={challenges} />
      </Panel>
    </div>
  );
}
