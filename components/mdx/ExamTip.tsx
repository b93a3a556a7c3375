import type { ReactNode } from 'react';
import type { Exam } from '@/lib/content/chapterSchema';
import { Callout } from './Callout';

/** How certification exams test the point just made; optionally which exams. */
export function ExamTip({ exams, children }: { exams?: Exam[]; children: ReactNode }) {
  return (
    <Callout kind="tip" label="Exam tip" title={exams && exams.length > 0 ? exams.join(', ') : undefined}>
      {children}
    </Callout>
  );
}
