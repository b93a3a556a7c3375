'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { EXAMS } from '@/lib/content/chapterSchema';
import { matching, type Filterable, type QuestionFilter } from '@/lib/practice/questionFilter';
import type { PracticeTopic } from '@/lib/questions/practiceBank';
import { Button } from '@/components/ui/Button';

export interface SetupValues {
  exams: string[];
  topics: string[];
  difficulties: string[];
  count: number;
}

function CheckGroup({
  legend,
  options,
  values,
  onChange,
}: {
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <fieldset className="m-0 border-0 p-0">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <p className="m-0 mb-1 text-sm text-muted">None ticked means all.</p>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-8 items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={values.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The choices a practice set or an exam is drawn with, and a live count of the questions that match. */
export function SetupFields({
  topics,
  values,
  onChange,
  available,
}: {
  topics: PracticeTopic[];
  values: SetupValues;
  onChange: (v: SetupValues) => void;
  available: number;
}) {
  return (
    <div className="space-y-4">
      <CheckGroup
        legend="Exams"
        options={EXAMS.map((e) => ({ value: e, label: e }))}
        values={values.exams}
        onChange={(exams) => onChange({ ...values, exams })}
      />
      <CheckGroup
        legend="Topics"
        options={topics.map((t) => ({ value: t.slug, label: `${t.title} (${t.count})` }))}
        values={values.topics}
        onChange={(t) => onChange({ ...values, topics: t })}
      />
      <CheckGroup
        legend="Difficulty"
        options={['easy', 'medium', 'hard'].map((d) => ({ value: d, label: d }))}
        values={values.difficulties}
        onChange={(difficulties) => onChange({ ...values, difficulties })}
      />
      <p className="m-0 text-sm" aria-live="polite">
        {available} questions match.
      </p>
    </div>
  );
}

/** The filter the form's values describe. */
export function filterOf(v: SetupValues): QuestionFilter {
  return {
    exams: v.exams as QuestionFilter['exams'],
    topics: v.topics,
    difficulties: v.difficulties as QuestionFilter['difficulties'],
  };
}

/** Reads setup values back from a query string (unknown values are ignored). */
export function fromQuery(search: URLSearchParams): SetupValues & { seed: number } {
  const list = (k: string) => (search.get(k) ?? '').split(',').filter(Boolean);
  return {
    exams: list('exams'),
    topics: list('topics'),
    difficulties: list('difficulty'),
    count: Math.max(1, Number(search.get('count')) || 10),
    seed: Number(search.get('seed')) || 1,
  };
}

export function toQuery(v: SetupValues, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (v.exams.length) q.set('exams', v.exams.join(','));
  if (v.topics.length) q.set('topics', v.topics.join(','));
  if (v.difficulties.length) q.set('difficulty', v.difficulties.join(','));
  q.set('count', String(v.count));
  for (const [k, val] of Object.entries(extra)) q.set(k, val);
  return q.toString();
}

/** Practice mode's form: pick the ground and how many, then answer with feedback after each question. */
export function PracticeSetup({ topics, index }: { topics: PracticeTopic[]; index: Filterable[] }) {
  const router = useRouter();
  const [values, setValues] = useState<SetupValues>({ exams: [], topics: [], difficulties: [], count: 10 });
  const available = matching(index, filterOf(values)).length;
  return (
    <form
      aria-labelledby="practice-title"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        router.push(`/practice/run/?${toQuery(values, { seed: String(Date.now() % 1_000_000) })}`);
      }}
    >
      <SetupFields topics={topics} values={values} onChange={setValues} available={available} />
      <label className="flex items-center gap-2">
        Questions
        <input
          type="number"
          min={1}
          max={Math.max(1, available)}
          value={values.count}
          onChange={(e) => setValues({ ...values, count: Number(e.target.value) })}
          className="min-h-10 w-24 rounded-md border border-border bg-bg px-2"
        />
      </label>
      <Button type="submit" variant="primary" disabled={available === 0}>
        Start practice
      </Button>
    </form>
  );
}
