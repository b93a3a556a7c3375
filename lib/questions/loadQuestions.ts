import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { parse } from 'yaml';
import { questionFileSchema, type Question } from './questionSchema';

export const QUESTIONS_DIR = 'content/questions';

/** A question with the bank file it came from and its topic (the chapter its `learn` link points into). */
export interface BankQuestion extends Question {
  file: string;
  topic: string;
}

/** Reads one bank file, or throws naming the file, the question and the field that is wrong. */
export function parseQuestionFile(text: string, file: string): BankQuestion[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
  const result = questionFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, ...field] = issue.path;
    const id = typeof index === 'number' ? (data as { id?: unknown }[])[index]?.id : undefined;
    const where = typeof index === 'number' ? `question ${index + 1}${id ? ` (${String(id)})` : ''}` : 'the file';
    const at = field.length > 0 ? ` field "${field.join('.')}"` : '';
    throw new Error(`${file}: ${where}${at}: ${issue.message}`);
  }
  return result.data.map((q) => ({ ...q, file, topic: /^\/learn\/([a-z0-9-]+)\//.exec(q.learn)![1]! }));
}

/**
 * The whole bank, in file order.
 * @example loadQuestions().filter((q) => q.exams.includes('DEA-C01')).length
 */
export const loadQuestions = cache(function loadQuestions(root: string = process.cwd()): BankQuestion[] {
  return readdirSync(path.join(root, QUESTIONS_DIR))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const file = `${QUESTIONS_DIR}/${f}`;
      return parseQuestionFile(readFileSync(path.join(root, file), 'utf8'), file);
    });
});
