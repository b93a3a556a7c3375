import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from './loadQuestions';

const good = `
- id: hot-key-fix
  stem: One partition key carries most writes and its shard throttles. What fixes it?
  options:
    - text: Add shards with UpdateShardCount.
      explanation: Every record of one key still hashes to one shard, whose limit does not change.
      counterExample: hot-key
    - text: Spread the key with a random suffix.
      explanation: Records of the key then land on several shards, each under its own limit.
      correct: true
    - text: Raise the retention period.
      explanation: Retention decides how long records are kept, not how fast a shard accepts them.
    - text: Switch consumers to enhanced fan-out.
      explanation: Enhanced fan-out adds read throughput; the throttling here is on writes.
  tags: [hot-key]
  exams: [DEA-C01]
  difficulty: medium
  learn: /learn/the-kinesis-family/#shards-and-partition-keys
  scenario: hot-key
  lastReviewed: '2026-11-22'
`;

describe('parseQuestionFile', () => {
  it('reads a question and takes its topic from the chapter it links to', () => {
    const [q] = parseQuestionFile(good, 'content/questions/x.yaml');
    expect(q).toMatchObject({
      id: 'hot-key-fix',
      topic: 'the-kinesis-family',
      decision: false,
      file: 'content/questions/x.yaml',
    });
    expect(q!.options.map((o) => o.correct)).toEqual([false, true, false, false]);
  });

  it('names the file, the question and the field that is wrong', () => {
    expect(() => parseQuestionFile(good.replace('difficulty: medium', 'difficulty: tricky'), 'q.yaml')).toThrow(
      /^q\.yaml: question 1 \(hot-key-fix\) field "difficulty": /,
    );
    expect(() => parseQuestionFile(good.replace('      correct: true\n', ''), 'q.yaml')).toThrow(
      /question 1 \(hot-key-fix\) field "options": has 0 correct options/,
    );
    expect(() =>
      parseQuestionFile(
        good.replace(
          '    - text: Raise the retention period.\n      explanation: Retention decides how long records are kept, not how fast a shard accepts them.\n    - text: Switch',
          '    - text: Switch',
        ),
        'q.yaml',
      ),
    ).toThrow(/field "options": needs 4 or 5 options/);
    expect(() => parseQuestionFile('- id: [', 'q.yaml')).toThrow(/^q\.yaml: not valid YAML/);
  });

  it('asks a "choose two" question to say so', () => {
    const two = good.replace(
      '      explanation: Every record of one key',
      '      correct: true\n      explanation: Every record of one key',
    );
    expect(() => parseQuestionFile(two, 'q.yaml')).toThrow(/field "stem": has two correct options/);
  });
});
