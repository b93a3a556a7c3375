import Link from 'next/link';

/** The site's sections, in the order a learner meets them. */
const NAV = [
  ['/#course', 'Course'],
  ['/playground/', 'Playground'],
  ['/lab/', 'Labs'],
  ['/practice/', 'Exam practice'],
  ['/present/', 'Present'],
  ['/glossary/', 'Glossary'],
  ['/progress/', 'Your progress'],
] as const;
import { SearchDialog } from './SearchDialog';
import { ThemeControls } from './ThemeControls';

/** Site-wide header: brand, primary navigation, search and theme controls. */
export function SiteHeader() {
  return (
    <header className="z-30 lg:sticky lg:top-0 border-b border-border bg-bg/95 backdrop-blur">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-fg">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect x="2" y="6" width="28" height="5" rx="2" className="fill-accent" />
            <rect x="2" y="14" width="28" height="5" rx="2" className="fill-accent opacity-75" />
            <rect x="2" y="22" width="28" height="5" rx="2" className="fill-accent opacity-50" />
          </svg>
          Shardlab
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm whitespace-nowrap">
            {NAV.map(([href, label]) => (
              <li key={href}>
                {/* At least 24 px tall, WCAG 2.2's target size, where the links wrap onto rows on a phone. */}
                <Link
                  href={href}
                  className="inline-flex min-h-6 items-center text-fg underline-offset-4 hover:underline"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchDialog />
          <ThemeControls />
        </div>
      </div>
    </header>
  );
}
