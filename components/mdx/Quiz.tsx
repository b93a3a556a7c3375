import { QuestionSet } from '@/components/practice/QuestionSet';
import { shuffled } from '@/lib/practice/shuffle';
import { practiceBank, type PracticeQuestion } from '@/lib/questions/practiceBank';

const seedOf = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/**
 * Review questions from the bank, at the end of a chapter: `<Quiz ids={["a", "b"]} />` picks them by id,
 * `<Quiz topic="consumers" count={4} />` picks `count` of a chapter's questions (the same ones on every
 * build). Unknown ids or too few questions fail the build.
 */
export function Quiz({ ids, topic, count = 4 }: { ids?: string[]; topic?: string; count?: number }) {
  const bank = practiceBank();
  let questions: PracticeQuestion[];
  if (ids) {
    questions = ids.map((id) => {
      const q = bank.find((b) => b.id === id);
      if (!q) throw new Error(`<Quiz ids>: no question "${id}" in content/questions/`);
      return q;
    });
  } else if (topic) {
    const pool = bank.filter((q) => q.topic === topic && !q.decision);
    if (pool.length < count) throw new Error(`<Quiz topic="${topic}">: only ${pool.length} questions, ${count} asked`);
    questions = shuffled(pool, seedOf(topic)).slice(0, count);
  } else throw new Error('<Quiz> needs ids={[…]} or topic="<chapter slug>"');
  return (
    <section aria-labelledby="review-questions" className="my-10">
      <h2 id="review-questions" className="mt-0 mb-2 text-2xl font-bold text-fg">
        Review questions
      </h2>
      <p className="mt-0 text-muted">
        From the exam-practice bank. Answers you get wrong, or mark as unsure, come back in your spaced review.
      </p>
      <QuestionSet questions={questions} kind="quiz" exams={[]} all />
    </section>
  );
}
