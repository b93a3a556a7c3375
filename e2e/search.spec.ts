import { expect, progressReady, test } from './fixtures';

test('"/" opens search; arrows and Enter open a matching section', async ({ page }) => {
  await page.goto('/');
  await progressReady(page);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Search the course' });
  await expect(input).toBeFocused();
  await input.fill('Firehose');
  const options = dialog.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('result');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await input.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/learn\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('Ctrl+K opens search, Escape closes it, and a query with no match says so', async ({ page }) => {
  await page.goto('/learn/streaming-vs-batch/');
  await progressReady(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').fill('zzqxjv');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zzqxjv”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
