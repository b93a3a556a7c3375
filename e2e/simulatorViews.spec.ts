import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

async function open(page: Page, scenario: string) {
  await page.goto(`/playground/?scenario=${scenario}`);
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
}

async function steps(page: Page, n: number) {
  for (let i = 0; i < n; i++) await page.getByRole('button', { name: 'Step 1 s' }).click();
}

const clock = (page: Page) => page.getByRole('group', { name: 'Simulation controls' }).getByText(/^\d+ (d|h|min|s)/);

test('the hash ring finds the shard of any key, and it is the one that throttles', async ({ page }) => {
  await open(page, 'hot-key');
  await steps(page, 3);
  const hot = page
    .getByRole('region', { name: 'Shards of game-events' })
    .locator('tbody tr')
    .filter({ hasText: '500' });
  const shard = (await hot.getByRole('rowheader').innerText()).trim();
  await page.getByRole('tab', { name: 'Hash ring' }).click();
  await page.getByRole('textbox', { name: 'Partition key' }).fill('leaderboard');
  await expect(page.getByRole('status').filter({ hasText: '“leaderboard” goes to' })).toContainText(shard);
  expect(await axeViolations(page)).toEqual([]);
});

test('charts, retention and cost views render and pass axe', async ({ page }) => {
  await open(page, 'consumer-falls-behind');
  await steps(page, 5);
  for (const tab of ['Charts', 'Retention', 'Cost', 'Events']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).not.toBeEmpty();
    expect(await axeViolations(page), tab).toEqual([]);
  }
  await page.getByRole('tab', { name: 'Charts' }).click();
  await expect(page.getByRole('heading', { name: 'Incoming records' })).toBeVisible();
  await page.getByRole('tab', { name: 'Cost' }).click();
  await expect(page.getByText(/Example us-east-1 prices/)).toBeVisible();
});

test('on a phone, tapping adds and selects; nothing needs a mouse', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await open(page, 'hot-key');
  await page.getByRole('button', { name: /^Consumer app/ }).tap();
  await expect(page.getByRole('heading', { name: 'Consumer application consumer-app-1' })).toBeVisible();
  await page.getByLabel('Reads from stream').selectOption('game-events');
  await page.getByRole('button', { name: 'Step 1 s' }).tap();
  await page.getByRole('button', { name: 'Step 1 s' }).tap();
  await expect(page.getByRole('columnheader', { name: 'Iterator age: consumer-app-1' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('undo takes back a canvas edit; reset returns to the start', async ({ page }) => {
  await open(page, 'hot-key');
  await page.getByRole('button', { name: /^Producer/ }).click();
  await expect(page.getByRole('group', { name: 'Producer producer-1, not connected' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: add producer-1' }).click();
  await expect(page.getByRole('group', { name: 'Producer producer-1, not connected' })).toHaveCount(0);
  await steps(page, 3);
  await expect(clock(page)).toHaveText('3 s');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(clock(page)).toHaveText('0 s');
});

test('export writes the simulation to a file that import opens again', async ({ page }) => {
  await open(page, 'hot-key');
  await steps(page, 4);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('shardlab-hot-key.json');
  const file = await download.path();
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { v: number; scenario: string; log: unknown[] };
  expect(saved).toMatchObject({ v: 1, scenario: 'hot-key', seed: 11 });
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(clock(page)).toHaveText('0 s');
  await page.getByLabel('Import a simulation file').setInputFiles(file);
  await expect(clock(page)).toHaveText('4 s');
});

test('two simulators on one chapter page run independently', async ({ page }) => {
  await page.goto('/learn/the-kinesis-family/');
  const first = page.getByRole('figure', { name: /One hot partition key/ });
  const second = page.getByRole('figure', { name: /A consumer falls behind retention/ });
  // Each simulator loads when the reader scrolls near it.
  await first.scrollIntoViewIfNeeded();
  await first.getByRole('button', { name: 'Step 1 s' }).click();
  await first.getByRole('button', { name: 'Step 1 s' }).click();
  await expect(clock(first as unknown as Page)).toHaveText('2 s');
  await second.scrollIntoViewIfNeeded();
  await expect(second.getByRole('group', { name: 'Simulation controls' }).getByText(/^\d+ s$/)).toHaveText('0 s');
});

test('switching three polling readers to enhanced fan-out meets the goal', async ({ page }) => {
  test.slow();
  await open(page, 'efo-vs-shared');
  // A minute in, the polling readers have fallen behind (see enhancedFanOut.test.ts).
  await steps(page, 60);
  await expect(page.getByRole('heading', { name: 'Goal', exact: true })).toBeVisible();
  for (const name of ['leaderboard', 'anti-cheat', 'replays']) {
    await page.getByRole('group', { name: `Consumer application ${name}` }).click();
    await page.getByLabel('Read mode').selectOption('enhanced');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Applied the settings of ${name}.` })).toHaveCount(1);
  }
  await steps(page, 30);
  await expect(page.getByRole('heading', { name: 'Goal: met' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Consumer application replays' })).toContainText('enhanced fan-out');
});
