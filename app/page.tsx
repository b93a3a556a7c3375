import Link from 'next/link';
import { ContinueReading } from '@/components/course/ContinueReading';
import { ReviewDue } from '@/components/practice/ReviewDue';
import { CourseMap } from '@/components/course/CourseMap';
import { courseMap } from '@/lib/content/courseMap';

const AUDIENCES = [
  {
    who: 'Students',
    what: 'Read short chapters on a laptop or a phone; every section can be linked, and your place is remembered.',
  },
  {
    who: 'Exam candidates',
    what: 'Prepare for Cloud Practitioner, Solutions Architect, Developer, Data Engineer and other AWS exams with exam tips in every chapter.',
  },
  {
    who: 'Instructors',
    what: 'Switch on the projector theme for large, high-contrast type, or share a link with ?theme=projector.',
  },
];

export default function HomePage() {
  const course = courseMap();
  const minutes = course.reduce((sum, c) => sum + c.minutes, 0);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-10 focus:outline-none">
      <section aria-labelledby="intro" className="grid items-start gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <h1 id="intro" className="text-4xl font-extrabold tracking-tight sm:text-5xl">
            Learn Amazon Kinesis by running it
          </h1>
          <p className="mt-4 text-lg text-fg">
            Shardlab is a free course on streaming data with Amazon Kinesis. You read a short chapter, then watch the
            same idea happen: records hashed onto shards, a hot partition key throttled, data ageing out of retention, a
            slow consumer falling behind. Every limit and name matches the current AWS documentation.
          </p>
          <p className="mt-3 text-muted">
            Everything runs in your browser and works offline. There is no account: your progress stays on this device,
            and you can export it to a file.
          </p>
        </div>
        <div className="space-y-4">
          <ContinueReading entries={course} />
          <div className="rounded-lg border border-border p-5">
            <h2 className="text-lg font-bold">
              <Link href="/practice/" className="text-fg underline-offset-4 hover:underline">
                Exam practice
              </Link>
            </h2>
            <div className="mt-1">
              <ReviewDue compact />
            </div>
          </div>
        </div>
      </section>

      <section aria-labelledby="audiences" className="mt-12">
        <h2 id="audiences" className="sr-only">
          Who Shardlab is for
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {AUDIENCES.map((a) => (
            <li key={a.who} className="rounded-lg bg-surface p-4">
              <p className="font-bold">{a.who}</p>
              <p className="mt-1 text-sm text-fg">{a.what}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="course-heading" id="course" className="mt-12 scroll-mt-20">
        <h2 id="course-heading" className="text-2xl font-bold">
          The course
        </h2>
        <p className="mt-1 text-muted">
          {course.length} chapters · about {minutes} minutes of reading
        </p>
        <div className="mt-6">
          <CourseMap entries={course} />
        </div>
      </section>
    </main>
  );
}
