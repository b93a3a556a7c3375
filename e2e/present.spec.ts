import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The table view's rows for a stream, each cell's text by column header. */
async function shardTable(page: Page, stream: string): Promise<Record<string, string>[]> {
  const table = page.getByRole('region', { name: `Shards of ${stream}` }).getByRole('table');
  await expect(table).toBeVisible();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('th, td').allInnerTexts();
      return Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
    }),
  );
}

const throttling = (rows: Record<string, string>[]) =>
  rows.filter((r) => r['Throttled/s'] !== '0').map((r) => [r.Shard, r['Incoming records/s'], r['Throttled/s']]);

const beatLabel = (page: Page) => page.getByText(/^Beat \d+ of \d+:/);

test.describe('scripted runs without animation', () => {
  // Reduced motion turns each scripted run into a jump to its end: the same state, sooner.
  test.use({ reducedMotion: 'reduce' });

  test('the presenter drives the audience view, which shows the scripted state after each beat', async ({
    page,
    context,
  }) => {
    await page.goto('/present/show/?demo=hot-keys');
    await expect(beatLabel(page)).toHaveText('Beat 1 of 5: Four shards, one key');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    await expect(page.getByRole('banner')).toBeHidden();
    expect(throttling(await shardTable(page, 'game-events'))).toEqual([]);

    const presenter = await context.newPage();
    await presenter.goto('/present/presenter/?demo=hot-keys');
    await expect(presenter.getByText('Audience window connected.')).toBeVisible();
    await expect(presenter.getByRole('heading', { name: 'Four shards, one key' })).toBeVisible();
    await expect(presenter.getByRole('heading', { name: 'Where do the records go?' })).toBeVisible();

    const drive = presenter.getByRole('navigation', { name: 'Drive the audience view' });
    await drive.getByRole('button', { name: 'Next beat', exact: true }).click();
    await expect(beatLabel(page)).toHaveText('Beat 2 of 5: Where do the records go?');
    // Before the run the class sees the question, not the answer; the presenter sees the answer already.
    const prediction = page.getByRole('region', { name: 'Prediction' });
    await expect(prediction.getByText('Predict', { exact: true })).toBeVisible();
    await expect(prediction.getByText('Right', { exact: true })).toHaveCount(0);
    await expect(
      presenter.getByRole('region', { name: 'Prediction' }).getByText('Right', { exact: true }),
    ).toBeVisible();
    await expect(page.getByText('Predict, then press → to run.')).toBeVisible();
    expect(throttling(await shardTable(page, 'game-events'))).toEqual([]);

    await drive.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(prediction.getByRole('listitem').filter({ has: page.getByText('Right', { exact: true }) })).toHaveText(
      /One shard throttles, three sit idle/,
    );
    await expect(prediction.getByText(/One key hashes to one shard/)).toBeVisible();
    expect(throttling(await shardTable(page, 'game-events'))).toEqual([['shardId-000000000001', '1,000', '500']]);
    await expect(page.getByText('Look at: shardId-000000000001 of game-events (outlined)')).toBeVisible();

    await drive.getByRole('button', { name: 'Next beat', exact: true }).click();
    await drive.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(beatLabel(page)).toHaveText('Beat 3 of 5: Just add shards?');
    const eight = await shardTable(page, 'game-events');
    expect(eight.filter((r) => r.Status === 'OPEN')).toHaveLength(8);
    expect(throttling(eight)).toEqual([['shardId-000000000006', '1,000', '500']]);

    await drive.getByRole('button', { name: 'Next beat', exact: true }).click();
    await expect(beatLabel(page)).toHaveText('Beat 4 of 5: Fix the key, not the shards');
    await expect(page.getByRole('region', { name: 'CloudWatch metrics' })).toBeVisible();

    // Back, from the presenter: the previous beat as it ended, rebuilt.
    await drive.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect(beatLabel(page)).toHaveText('Beat 3 of 5: Just add shards?');
    expect(throttling(await shardTable(page, 'game-events'))).toEqual([['shardId-000000000006', '1,000', '500']]);

    await drive.getByRole('button', { name: 'Blank screen' }).click();
    await expect(page.getByRole('dialog', { name: 'Screen blanked' })).toBeVisible();
    await expect(drive.getByRole('button', { name: 'Blank screen' })).toHaveAttribute('aria-pressed', 'true');
    await drive.getByRole('button', { name: 'Blank screen' }).click();
    await expect(page.getByRole('dialog', { name: 'Screen blanked' })).toBeHidden();
    expect(await axeViolations(presenter)).toEqual([]);
  });

  test('free driving, then back to script restores the beat exactly', async ({ page }) => {
    await page.goto('/present/show/?demo=hot-keys#beat=2');
    await expect(beatLabel(page)).toHaveText('Beat 2 of 5: Where do the records go?');
    await page.keyboard.press('ArrowRight');
    const scripted = await shardTable(page, 'game-events');
    expect(throttling(scripted)).toEqual([['shardId-000000000001', '1,000', '500']]);
    await page.getByRole('group', { name: 'Producer game-servers' }).click();
    await page.getByLabel('Records per second').fill('800');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('You have taken over the simulation.')).toBeVisible();
    await page.getByRole('button', { name: 'Step 1 s' }).click();
    expect(throttling(await shardTable(page, 'game-events'))).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.getByText(/running freely/)).toBeVisible();
    await page.keyboard.press('p');
    await page.getByRole('button', { name: 'Back to script' }).click();
    await expect(page.getByText('You have taken over the simulation.')).toBeHidden();
    expect(await shardTable(page, 'game-events')).toEqual(scripted);
  });

  test('a student link opens a beat in self-paced mode with buttons, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/present/show/?demo=resharding&mode=self#beat=2');
    await expect(beatLabel(page)).toHaveText('Beat 2 of 3: Split it in two');
    await expect(page.locator('html')).not.toHaveAttribute('data-projector', '');
    const controls = page.getByRole('navigation', { name: 'Demo controls' });
    await controls.getByRole('button', { name: 'Run', exact: true }).click();
    const rows = await shardTable(page, 'catalogue');
    expect(rows.map((r) => [r.Shard?.slice(-2), r.Status, r['Incoming records/s'], r['Throttled/s']])).toEqual([
      ['00', 'OPEN', '628', '0'],
      ['01', 'OPEN', '683', '0'],
      ['02', 'CLOSED', '0', '0'],
      ['03', 'OPEN', '508', '0'],
      ['04', 'OPEN', '420', '0'],
      ['05', 'OPEN', '761', '0'],
    ]);
    await controls.getByRole('button', { name: 'Next beat', exact: true }).click();
    await expect(beatLabel(page)).toHaveText('Beat 3 of 3: The parent is closed, not gone');
    await expect(page).toHaveURL(/#beat=3$/);
    await expect(controls.getByRole('button', { name: /End of the demo/ })).toBeDisabled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the demo list, the audience view and the presenter view have no axe violations in projector theme', async ({
    page,
  }) => {
    test.slow(); // five axe runs on a shared two-core machine
    await page.goto('/present/?theme=projector');
    await expect(page.getByRole('heading', { name: 'Present a demo' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const theme of ['light', 'dark']) {
      await page.goto(`/present/show/?demo=poison-record&theme=${theme}#beat=2`);
      await expect(beatLabel(page)).toHaveText('Beat 2 of 3: A record it cannot parse');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('region', { name: 'Prediction' }).getByText('Right', { exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-projector', '');
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.goto('/present/presenter/?demo=streams-vs-firehose');
    await expect(page.getByRole('heading', { name: 'Two readers, one stream' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('record in the playground, export, import and replay: the same numbers', async ({ page }) => {
    await page.goto('/playground/?scenario=hot-key');
    await page.getByRole('button', { name: 'Record a demo', exact: true }).click();
    const step = page.getByRole('button', { name: 'Step 1 s' });
    await step.click();
    await step.click();
    const recorder = page.getByRole('group', { name: 'Demo recorder' });
    await recorder.getByRole('button', { name: 'Add beat' }).click();
    await page.getByRole('group', { name: 'Producer game-servers' }).click();
    await page.getByLabel('Records per second').fill('1800');
    await page.getByRole('button', { name: 'Apply' }).click();
    await step.click();
    await step.click();
    await step.click();
    await expect(recorder.getByText('Recording beat 2 (2 steps)')).toBeVisible();
    await page.getByRole('tab', { name: 'Table' }).click();
    const recorded = await shardTable(page, 'game-events');
    expect(throttling(recorded)).toEqual([['shardId-000000000001', '1,000', '800']]);

    await recorder.getByRole('button', { name: 'Stop and edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit the recorded demo' });
    await editor.getByLabel('Beat 2 audience text (large and short)').fill('Now 1,800 events a second.');
    await editor.getByLabel('Beat 2 title').fill('');
    await expect(editor.getByRole('alert')).toHaveText(
      'This demo: beat 2 (field "title"): Too small: expected string to have >=3 characters.',
    );
    await expect(editor.getByRole('button', { name: 'Export demo file' })).toBeDisabled();
    await editor.getByLabel('Beat 2 title').fill('Faster');
    const downloading = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Export demo file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('one-hot-partition-key-live.json');
    const file = readFileSync((await download.path())!);

    await page.goto('/present/');
    const input = page.getByLabel('Demo file (.json)');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"beats": ['),
    });
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'broken.json is not a demo file: it is not valid JSON. Nothing was changed.' }),
    ).toBeVisible();
    await input.setInputFiles({ name: 'recorded.json', mimeType: 'application/json', buffer: file });
    await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toBeVisible();
    await page.getByRole('status').getByRole('link', { name: 'Audience view' }).click();
    await expect(beatLabel(page)).toHaveText('Beat 1 of 2: Beat 1');
    await page.keyboard.press('ArrowRight');
    await expect(beatLabel(page)).toHaveText('Beat 2 of 2: Faster');
    await expect(page.getByRole('heading', { name: 'Now 1,800 events a second.' })).toBeVisible();
    expect(await shardTable(page, 'game-events')).toEqual(recorded);
  });
});

test('keyboard shortcuts on the audience view alone, with an animated run', async ({ page }) => {
  await page.goto('/present/show/?demo=hot-keys');
  await expect(beatLabel(page)).toHaveText('Beat 1 of 5: Four shards, one key');
  await page.keyboard.press('ArrowRight');
  await expect(beatLabel(page)).toHaveText('Beat 2 of 5: Where do the records go?');
  await page.keyboard.press(' ');
  // Five virtual seconds at 1×: the clock runs, then stops at the scripted state.
  await expect(page.getByText(/· running$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Prediction' }).getByText('Right', { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  expect(throttling(await shardTable(page, 'game-events'))).toEqual([['shardId-000000000001', '1,000', '500']]);
  await page.keyboard.press('ArrowLeft');
  await expect(beatLabel(page)).toHaveText('Beat 1 of 5: Four shards, one key');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('b');
  await expect(page.getByRole('dialog', { name: 'Screen blanked' })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('dialog', { name: 'Screen blanked' })).toBeHidden();
  // Full screen may be refused (headless, a frame): the view carries on either way.
  await page.keyboard.press('f');
  // P after the run takes over: the simulation runs freely until P again, then "Back to script".
  await page.keyboard.press('p');
  await expect(page.getByText(/running freely/)).toBeVisible();
  const clock = page.getByText(/^Virtual time \d/);
  const before = await clock.innerText();
  await expect.poll(() => clock.innerText()).not.toBe(before);
  await page.keyboard.press('p');
  await page.getByRole('button', { name: 'Back to script' }).click();
  await expect(page.getByRole('button', { name: 'Back to script' })).toBeHidden();
  expect(throttling(await shardTable(page, 'game-events'))).toEqual([]);
});
