import type { Locator, Page } from '@playwright/test';
import { axeViolations, dragHandle, expect, test } from './fixtures';

async function open(page: Page, scenario: string) {
  await page.goto(`/playground/?scenario=${scenario}`);
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
}

async function steps(page: Page, n: number) {
  for (let i = 0; i < n; i++) await page.getByRole('button', { name: 'Step 1 s' }).click();
}

async function press(locator: Locator) {
  await locator.focus();
  await locator.press('Enter');
}

// A canvas big enough for these pipelines at full size, where nodes show every line.
test.use({ viewport: { width: 1600, height: 1100 } });

test('a Lambda function from the palette reads a stream once its mapping is created', async ({ page }) => {
  test.slow();
  await open(page, 'hot-key');
  await press(page.getByRole('button', { name: /^Lambda function/ }));
  await expect(page.getByRole('heading', { name: 'Lambda function function-1' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Stream' }).fill('game-events');
  await page.getByRole('button', { name: 'Apply' }).click();
  await steps(page, 5);
  const node = page.getByRole('group', { name: 'Lambda function function-1' });
  await expect(node).toContainText(/processed [1-9]/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a Firehose stream added with a stream selected reads it, and delivers objects to its bucket', async ({
  page,
}) => {
  test.slow();
  await open(page, 'streams-and-firehose');
  await steps(page, 40);
  await page.getByRole('group', { name: /^S3 bucket / }).click();
  const objects = page.getByRole('region', { name: /^Objects in s3:\/\// });
  await expect(
    objects
      .getByRole('rowheader')
      .filter({ hasText: /^2026\/01\/01\/00\// })
      .first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // A shard counts as its stream: the new Firehose stream reads the selected stream.
  await page.getByRole('group', { name: 'shardId-000000000000 of game-events' }).click();
  await press(page.getByRole('button', { name: /^Firehose to S3/ }));
  await expect(page.getByRole('heading', { name: 'Firehose stream firehose-1' })).toBeVisible();
  await steps(page, 3);
  // The inspector says where it reads (the node may be drawn compact on a canvas this full).
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Source: Kinesis data stream game-events.',
  );
  await expect(page.getByRole('group', { name: 'S3 bucket archive-1' })).toBeVisible();
});

test('an S3 bucket from the palette becomes a Firehose stream’s destination when wired to it', async ({ page }) => {
  await open(page, 'hot-key');
  await press(page.getByRole('button', { name: /^Firehose to S3/ }));
  await press(page.getByRole('button', { name: /^S3 bucket/ }));
  await expect(page.getByRole('group', { name: 'S3 bucket bucket-1' })).toBeVisible();
  await steps(page, 3);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await dragHandle(
    page,
    'firehose-1 delivers to one destination: its S3 bucket',
    'Objects Firehose delivers land in s3://bucket-1',
  );
  // A wire from the Firehose stream to its new destination (UpdateDestination went through).
  await expect(page.locator('.react-flow__edge[aria-label="firehose-1 to bucket-1"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label="firehose-1 to archive-1"]')).toHaveCount(0);
});
