import { courseMap } from '@/lib/content/courseMap';
import { axeViolations, expect, progressReady, test } from './fixtures';

for (const chapter of courseMap()) {
  test(`${chapter.slug}: renders, every simulator loads, and axe finds nothing`, async ({ page }) => {
    test.slow();
    await page.goto(`/learn/${chapter.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
    await progressReady(page);
    const simulators = page
      .getByRole('figure')
      .filter({ has: page.getByRole('link', { name: 'Open in the playground' }) });
    const count = await simulators.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const simulator = simulators.nth(i);
      await simulator.scrollIntoViewIfNeeded();
      // Loaded on demand as it scrolls near; a busy machine can take a while to fetch and start the canvas.
      await expect(simulator.getByRole('group', { name: 'Simulation controls' })).toBeVisible({ timeout: 15_000 });
      await simulator.getByRole('button', { name: 'Step 1 s' }).click();
      await expect(simulator.getByRole('group', { name: 'Simulation controls' }).getByText(/^\d+ s$/)).toHaveText(
        '1 s',
      );
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a term’s first use links to its glossary entry, which links back to the chapter that teaches it', async ({
  page,
}) => {
  await page.goto('/learn/the-kinesis-family/');
  const term = page.locator('a.glossary-term', { hasText: /^shards?$/i }).first();
  await expect(term).toHaveAttribute('href', '/glossary/#shard');
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#shard$/);
  const entry = page.locator('#shard');
  await expect(entry.getByRole('term')).toHaveText('Shard');
  await expect(entry.getByRole('definition')).toContainText('1,000 records/s');
  expect(await axeViolations(page)).toEqual([]);
  await entry.getByRole('link', { name: /The Kinesis family/ }).click();
  await expect(page).toHaveURL(/\/learn\/the-kinesis-family\/#shards-and-partition-keys$/);
});

test('a simulator challenge is solved by a change that holds, and stays solved after a reload', async ({ page }) => {
  test.slow();
  await page.goto('/learn/streaming-vs-batch/');
  await progressReady(page);
  const challenge = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Fresh enough, big enough' }) });
  await expect(challenge.getByText('Not solved yet')).toBeVisible();
  await challenge.getByRole('figure').scrollIntoViewIfNeeded();
  await challenge.getByRole('group', { name: 'Firehose stream clicks-archive' }).click();
  await challenge.getByLabel('Buffer interval (s)').fill('60');
  await challenge.getByRole('button', { name: 'Apply' }).click();
  await challenge.getByLabel('Speed').selectOption('60');
  await challenge.getByRole('button', { name: /Play/ }).click();
  await expect(challenge.getByText('Solved', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(challenge.getByText('Challenge solved: saved to your progress.')).toBeVisible();
  await page.reload();
  await progressReady(page);
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Fresh enough, big enough' }) })
      .getByText('Solved', { exact: true }),
  ).toBeVisible();
});
