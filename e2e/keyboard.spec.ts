import { courseMap } from '@/lib/content/courseMap';
import { expect, progressReady, test } from './fixtures';

const [first] = courseMap();

test('the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await progressReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('a chapter can be reached, read and completed with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await progressReady(page);
  const link = page.getByRole('region', { name: 'The course' }).getByRole('link', { name: first!.title, exact: true });
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/learn/${first!.slug}/`);
  await progressReady(page);

  const reveal = page.getByRole('button', { name: 'Reveal solution' }).first();
  await reveal.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide solution' }).first()).toHaveAttribute('aria-expanded', 'true');

  // Tabbing to the button at the end scrolls every section past: reading them completes the chapter.
  const complete = page.getByRole('button', { name: /Mark chapter complete|Mark as not complete/ });
  await complete.focus();
  await expect(complete).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(complete).toHaveAttribute('aria-pressed', 'false');
  await expect(complete).toHaveText('Mark chapter complete');
  await page.keyboard.press('Space');
  await expect(complete).toHaveAttribute('aria-pressed', 'true');
});

test('focus is always visible', async ({ page }) => {
  await page.goto(`/learn/${first!.slug}/`);
  await progressReady(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focus ring on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
