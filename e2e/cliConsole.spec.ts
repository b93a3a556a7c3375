import { axeViolations, expect, test } from './fixtures';

test('the AWS CLI console runs commands against the simulation, pitfalls and all', async ({ page }) => {
  await page.goto('/playground/?scenario=hot-key');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
  await page.getByRole('tab', { name: 'AWS CLI' }).click();
  const command = page.getByRole('textbox', { name: 'Command' });
  const output = page.getByRole('log', { name: 'Console output' });

  await command.fill('aws kinesis list-streams --query StreamNames --output text');
  await command.press('Enter');
  await expect(output).toContainText('game-events');

  // CLI v2 reads --data as base64: plain text fails exactly as it does on AWS.
  await command.fill(
    'aws kinesis put-record --stream-name game-events --partition-key user-1 --data "hello from user-1"',
  );
  await command.press('Enter');
  await expect(output).toContainText('Invalid base64: "hello from user-1"');
  await command.press('ArrowUp');
  await expect(command).toHaveValue(/--data "hello from user-1"$/);
  await command.press('End');
  await command.pressSequentially(' --cli-binary');
  await command.press('Tab');
  await expect(command).toHaveValue(/--cli-binary-format $/);
  await command.pressSequentially('raw-in-base64-out');
  await command.press('Enter');
  await expect(output).toContainText(/"ShardId": "shardId-\d{12}"/);

  await command.fill('aws kinesis describe-stream --stream-name nope');
  await command.press('Enter');
  await expect(output).toContainText(
    'An error occurred (ResourceNotFoundException) when calling the DescribeStream operation: Stream nope under account 000000000000 not found.',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('the console manages a Lambda event source mapping', async ({ page }) => {
  await page.goto('/playground/?scenario=lambda-poison-pill');
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
  await page.getByRole('tab', { name: 'AWS CLI' }).click();
  const command = page.getByRole('textbox', { name: 'Command' });
  const output = page.getByRole('log', { name: 'Console output' });
  await command.fill(
    `aws lambda list-event-source-mappings --query 'EventSourceMappings[].[FunctionArn, BisectBatchOnFunctionError]' --output text`,
  );
  await command.press('Enter');
  await expect(output).toContainText(/function:enrich-orders\tFalse/);
});
