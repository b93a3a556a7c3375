import { courseMap } from '@/lib/content/courseMap';
import { listLabs } from '@/lib/content/labs';
import { axeViolations, expect, progressReady, test } from './fixtures';

const labs = listLabs().map((l) => `/lab/${l.slug}/`);
const pages = ['/', '/progress/', '/lab/', '/present/', ...labs, ...courseMap().map((c) => `/learn/${c.slug}/`)];
const themes = [
  { name: 'light', colorScheme: 'light' as const, query: '' },
  { name: 'dark', colorScheme: 'dark' as const, query: '' },
  { name: 'projector', colorScheme: 'light' as const, query: '?theme=projector' },
  { name: 'projector dark', colorScheme: 'dark' as const, query: '?theme=projector' },
];

for (const theme of themes) {
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 AA violation on ${path} (${theme.name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme.colorScheme });
      await page.goto(`${path}${theme.query}`);
      await progressReady(page);
      // A lab is checked with its tools loaded, the code editor included.
      if (labs.includes(path)) await expect(page.locator('.monaco-editor').first()).toBeVisible();
      // Open every collapsed block so their content is checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('axe finds no violation with the search dialog open and showing results', async ({ page }) => {
  await page.goto('/');
  await progressReady(page);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the course' }).fill('shard');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('motion is reduced when the reader asks for it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
