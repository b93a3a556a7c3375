import { loadChapterSources } from '@/lib/content/chapters';
import { loadScenarios } from '@/lib/content/scenarios';
import type { Demo } from './demoSchema';
import { loadDemos } from './loadDemos';

/**
 * The site's demos, checked against the scenarios and chapters that exist, for the /present pages.
 * @example Object.keys(siteDemos()) // ['enhanced-fan-out', 'hot-keys', …]
 */
export function siteDemos(): Record<string, Demo> {
  return loadDemos(process.cwd(), {
    scenarios: Object.keys(loadScenarios()),
    chapters: loadChapterSources().map((c) => c.slug),
  });
}
