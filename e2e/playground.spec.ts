import type { Locator, Page } from '@playwright/test';
import { axeViolations, dragHandle, expect, test } from './fixtures';

async function open(page: Page, scenario: string, hash = '') {
  await page.goto(`/playground/?scenario=${scenario}${hash}`);
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
}

async function steps(page: Page, n: number) {
  const step = page.getByRole('button', { name: 'Step 1 s' });
  for (let i = 0; i < n; i++) await step.click();
}

/** The table view's rows for a stream: each cell's text by column header. */
async function shardTable(page: Page, stream: string): Promise<Record<string, string>[]> {
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('region', { name: `Shards of ${stream}` }).getByRole('table');
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('th, td').allInnerTexts();
      return Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
    }),
  );
}

const throttling = (rows: Record<string, string>[]) => rows.filter((r) => r['Throttled/s'] !== '0');

async function press(locator: Locator) {
  await locator.focus();
  await locator.press('Enter');
}

test('builds a pipeline with the keyboard alone: add, connect by choosing a target, run', async ({ page }) => {
  await open(page, 'hot-key');
  await press(page.getByRole('button', { name: /^Data stream/ }));
  await expect(page.getByRole('heading', { name: 'Stream stream-1' })).toBeVisible();
  await press(page.getByRole('button', { name: /^Producer/ }));
  await expect(page.getByRole('heading', { name: 'Producer producer-1' })).toBeVisible();
  await page.getByLabel('Writes to stream').selectOption('stream-1');
  await press(page.getByRole('button', { name: /^Consumer app/ }));
  await page.getByLabel('Reads from stream').selectOption('stream-1');
  await steps(page, 5);
  const rows = await shardTable(page, 'stream-1');
  expect(rows).toHaveLength(2);
  // 100 records/s of random keys over two shards: every record is counted exactly once.
  expect(rows.reduce((sum, r) => sum + Number(r['Incoming records/s']), 0)).toBe(100);
  expect(Object.keys(rows[0]!)).toContain('Iterator age: consumer-app-1');
  // Arrow keys move the selected node, and undo puts it back.
  const node = page.getByRole('group', { name: 'Consumer application consumer-app-1' });
  const before = await node.boundingBox();
  await node.focus();
  await node.press('Enter');
  await node.press('ArrowDown');
  await expect.poll(async () => (await node.boundingBox())!.y).toBeGreaterThan(before!.y);
});

/**
 * Drags a palette item onto the canvas until the node it adds is there. A drag that starts while the page
 * still shifts (a busy machine) can miss its source; it is then made again, never once the node exists.
 */
async function dropFromPalette(page: Page, item: RegExp, at: { x: number; y: number }, node: string) {
  const added = page.getByRole('group', { name: node });
  await expect(async () => {
    if ((await added.count()) === 0)
      await page.getByRole('button', { name: item }).dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect(added).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test('builds a pipeline by drag and drop: palette to canvas, handle to handle', async ({ page }) => {
  await open(page, 'hot-key');
  await dropFromPalette(page, /^Data stream/, { x: 500, y: 60 }, 'Stream stream-1');
  await dropFromPalette(page, /^Producer/, { x: 80, y: 60 }, 'Producer producer-1');
  await dragHandle(page, 'Drag to connect producer-1 to a stream', 'Drag a producer here to connect it to stream-1');
  await page.getByRole('group', { name: 'Producer producer-1' }).click();
  await expect(page.getByLabel('Writes to stream')).toHaveValue('stream-1');
  await steps(page, 4);
  const rows = await shardTable(page, 'stream-1');
  expect(rows.reduce((sum, r) => sum + Number(r['Incoming records/s']), 0)).toBe(100);
});

test('a constant partition key makes exactly one shard throttle', async ({ page }) => {
  await open(page, 'hot-key');
  await steps(page, 3);
  const hot = throttling(await shardTable(page, 'game-events'));
  expect(hot).toHaveLength(1);
  expect(hot[0]).toMatchObject({ 'Incoming records/s': '1,000', 'Throttled/s': '500' });
  await expect(page.getByText(/throttled 500 records in the last second/)).toBeVisible();
});

test('splitting the hot shard ends the throttling', async ({ page }) => {
  await open(page, 'split-hot-shard');
  await steps(page, 3);
  const hot = throttling(await shardTable(page, 'catalogue'));
  expect(hot).toHaveLength(1);
  const shard = hot[0]!.Shard!;
  await page.getByRole('group', { name: `${shard} of catalogue` }).click();
  await page.getByRole('button', { name: 'Split shard' }).click();
  await expect(page.getByText(/SplitShard accepted/).first()).toBeVisible();
  await steps(page, 5);
  const rows = await shardTable(page, 'catalogue');
  expect(throttling(rows)).toEqual([]);
  expect(rows.find((r) => r.Shard === shard)).toMatchObject({ Status: 'CLOSED' });
  await expect(page.getByRole('heading', { name: 'Goal: met' })).toBeVisible();
});

test('a slow consumer loses records once they pass retention', async ({ page }) => {
  test.slow();
  await open(page, 'consumer-falls-behind');
  await page.getByLabel('Speed').selectOption('3600');
  await page.getByRole('button', { name: /Play/ }).click();
  // Full or compact, the application's node says how many records it lost.
  await expect(page.getByRole('group', { name: 'Consumer application analytics' })).toContainText(/lost [\d,]+/, {
    timeout: 120_000,
  });
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByText(/analytics lost [\d,]+ records that expired before it read them/)).toBeVisible();
});

test('a share link reproduces the same simulation, numbers and all', async ({ page, context }) => {
  await open(page, 'hot-key');
  await steps(page, 2);
  await page.getByRole('group', { name: 'Producer game-servers' }).click();
  await page.getByLabel('Records per second').fill('1800');
  await page.getByRole('button', { name: 'Apply' }).click();
  await steps(page, 4);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/playground\/\?scenario=hot-key#sim=/);
  const original = await shardTable(page, 'game-events');
  expect(throttling(original)[0]).toMatchObject({ 'Throttled/s': '800' });
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('button', { name: /Play/ })).toBeVisible();
  expect(await shardTable(other, 'game-events')).toEqual(original);
});

test('a damaged link and a broken import file get clear messages and change nothing', async ({ page }) => {
  await open(page, 'hot-key', '#sim=N4IgDg9gJg+i');
  await expect(page.getByRole('alert').filter({ hasText: /This simulation link is damaged/ })).toBeVisible();
  await steps(page, 3);
  const before = await shardTable(page, 'game-events');
  await page.getByLabel('Import a simulation file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"v": 1, "scenario": "hot-key", "seed": "eleven"'),
  });
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'broken.json is not a JSON file Shardlab can read. Nothing was changed.' }),
  ).toBeVisible();
  await page.getByLabel('Import a simulation file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"v": 1, "scenario": "hot-key", "seed": "eleven", "log": []}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'other.json: This file is damaged' })).toBeVisible();
  expect(await shardTable(page, 'game-events')).toEqual(before);
});

test('the playground has no axe violations, running or paused', async ({ page }) => {
  await open(page, 'consumer-falls-behind');
  await steps(page, 2);
  await page.getByRole('group', { name: 'Producer sensors' }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('a chapter loads its simulator on demand, and it runs', async ({ page }) => {
  await page.goto('/learn/the-kinesis-family/');
  const embed = page.getByRole('figure', { name: /One hot partition key/ });
  await embed.scrollIntoViewIfNeeded();
  await embed.getByRole('button', { name: 'Step 1 s' }).click();
  await embed.getByRole('button', { name: 'Step 1 s' }).click();
  await embed.getByRole('button', { name: 'Step 1 s' }).click();
  await expect(embed.getByText(/throttled 500 records in the last second/)).toBeVisible();
  await expect(embed.getByRole('link', { name: 'Open in the playground' })).toHaveAttribute(
    'href',
    '/playground/?scenario=hot-key',
  );
  expect(await axeViolations(page)).toEqual([]);
});
