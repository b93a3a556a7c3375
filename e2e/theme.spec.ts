import { expect, test } from './fixtures';

const html = (page: import('@playwright/test').Page) => page.locator('html');

test('the system scheme applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  // No client code has run yet at DOMContentLoaded: only the inline head script can have set this.
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
});

test('choosing a theme applies it and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('the projector toggle and ?theme=projector turn on large high-contrast type', async ({ page }) => {
  await page.goto('/learn/the-kinesis-family/');
  const toggle = page.getByRole('button', { name: 'Projector' });
  const baseSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(html(page)).toHaveAttribute('data-projector', '');
  const projectorSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(projectorSize).toBeGreaterThanOrEqual(baseSize * 1.25);
  await toggle.click();
  await expect(html(page)).not.toHaveAttribute('data-projector');

  await page.goto('/?theme=projector');
  await expect(html(page)).toHaveAttribute('data-projector', '');
  await expect(page.getByRole('button', { name: 'Projector' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/progress/');
  await expect(html(page)).toHaveAttribute('data-projector', '');
});
