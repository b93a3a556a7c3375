import { describe, expect, it } from 'vitest';
import { EXAMS } from '@/lib/content/chapterSchema';
import { loadChapterSources } from '@/lib/content/chapters';
import { loadScenarios } from '@/lib/content/scenarios';
import { checkQuestions } from './checkQuestions';
import { loadQuestions } from './loadQuestions';

// The whole bank, as shipped: valid, resolvable, and spread over every chapter and every exam.
const bank = loadQuestions();
const chapters = loadChapterSources();

describe('the question bank', () => {
  it('is valid: every option explained, answers valid, links and scenarios resolve, no duplicate ids or stems', () => {
    expect(checkQuestions(bank, chapters, Object.keys(loadScenarios()))).toEqual([]);
    for (const q of bank) expect(q.options.every((o) => o.explanation.length >= 20)).toBe(true);
  });

  it('has at least 150 questions, and a decision drill of at least 30 Streams-vs-Firehose-and-others scenarios', () => {
    expect(bank.length).toBeGreaterThanOrEqual(150);
    const drill = bank.filter((q) => q.decision);
    expect(drill.length).toBeGreaterThanOrEqual(30);
    const streamsOrFirehose = drill.filter((q) =>
      q.options.some((o) => o.correct && /Kinesis Data Streams|Data Firehose/.test(o.text)),
    );
    expect(streamsOrFirehose.length).toBeGreaterThanOrEqual(20);
  });

  it('covers every chapter and every exam (coverage printed per exam × topic)', () => {
    const topics = chapters.map((c) => c.slug);
    const rows = topics.map((topic) => {
      const row: Record<string, number | string> = { topic };
      for (const exam of EXAMS) row[exam] = bank.filter((q) => q.topic === topic && q.exams.includes(exam)).length;
      row.total = bank.filter((q) => q.topic === topic).length;
      return row;
    });
    console.table(rows);
    for (const row of rows) expect(row.total, `${row.topic}`).toBeGreaterThanOrEqual(8);
    const perExam = Object.fromEntries(EXAMS.map((e) => [e, bank.filter((q) => q.exams.includes(e)).length]));
    console.log('questions per exam', perExam);
    // Recognition for CLF-C02 needs fewer; the associate and professional exams need depth.
    expect(perExam['CLF-C02']).toBeGreaterThanOrEqual(20);
    for (const exam of ['SAA-C03', 'DVA-C02', 'SOA-C03', 'DEA-C01', 'SAP-C02'])
      expect(perExam[exam], exam).toBeGreaterThanOrEqual(30);
  });
});
