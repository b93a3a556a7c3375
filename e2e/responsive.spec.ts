import { courseMap } from '@/lib/content/courseMap';
import { expect, progressReady, test } from './fixtures';

const course = courseMap();
const pages = [
  '/',
  '/progress/',
  '/glossary/',
  '/practice/',
  '/practice/drill/',
  ...course.map((c) => `/learn/${c.slug}/`),
];

for (const width of [390, 1920]) {
  for (const path of pages) {
    test(`${path} has no horizontal scroll at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await progressReady(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('at 390 px the chapter list folds behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/learn/${course[0]!.slug}/`);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  const toggle = nav.getByRole('button', { name: 'Chapters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: new RegExp(course[1]!.title) })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: new RegExp(course[1]!.title) }).click();
  await expect(page).toHaveURL(`/learn/${course[1]!.slug}/`);
});
