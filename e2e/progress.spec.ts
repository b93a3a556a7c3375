import { readFile } from 'node:fs/promises';
import { courseMap } from '@/lib/content/courseMap';
import { expect, progressReady, test } from './fixtures';

const [first] = courseMap();

async function readWholeChapter(page: import('@playwright/test').Page) {
  await page.goto(`/learn/${first!.slug}/`);
  await progressReady(page);
  await page.getByRole('navigation', { name: 'Previous and next chapter' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
}

test('reading a chapter is remembered across reloads and offered on the home page', async ({ page }) => {
  await page.goto(`/learn/${first!.slug}/#${first!.sections[1]!.id}`);
  await progressReady(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('shardlab.progress.v1') ?? ''))
    .toContain('"lastLocation":{"slug"');
  await page.goto('/');
  await progressReady(page);
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Continue reading: ${first!.title}` })).toHaveAttribute(
    'href',
    new RegExp(`/learn/${first!.slug}/#`),
  );

  await readWholeChapter(page);
  await page.reload();
  await progressReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'You have completed' })).toBeVisible();
  await page.goto('/');
  await progressReady(page);
  await expect(page.getByRole('region', { name: 'The course' }).getByText('Completed')).toBeVisible();
});

test('export, start over, and import restore progress; a wrong file is refused', async ({ page }, testInfo) => {
  await readWholeChapter(page);
  await page.goto('/progress/');
  await progressReady(page);
  const row = page.getByRole('row', { name: new RegExp(first!.title) });
  await expect(row.getByText('Completed')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^shardlab-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = testInfo.outputPath('progress.json');
  await download.saveAs(exported);
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ app: 'shardlab', kind: 'progress', version: 1 });

  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('button', { name: 'Yes, erase' }).click();
  await expect(row.getByText('Not started')).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles(exported);
  await expect(page.getByRole('status').filter({ hasText: 'Imported progress for 1 chapter' })).toBeVisible();
  await expect(row.getByText('Completed')).toBeVisible();

  await page
    .getByLabel('Import progress')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toHaveText(
    /^notes\.json: This file is not a Shardlab progress file\./,
  );
  await expect(row.getByText('Completed')).toBeVisible();
});

test('unreadable saved progress is kept aside and reported, not silently dropped', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('shardlab.progress.v1', '{"chapters": "oops"');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(alert).toContainText('it is not valid JSON');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('shardlab.quarantine.progress.')),
  );
  expect(kept).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toBe('{"chapters": "oops"');
  const downloadPromise = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect((await downloadPromise).suggestedFilename()).toBe('shardlab-unreadable-progress.txt');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});
