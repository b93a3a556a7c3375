import { expect, test } from './fixtures';
import { CLIPBOARD, openLab, replaceCode, run, step } from './labPage';

test.use(CLIPBOARD);

test('a handler that never returns times out after 3 s, as on Lambda, and the page stays responsive', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openLab(page, '/lab/first-stream-and-lambda/');
  await replaceCode(
    page,
    'Code of lab-consumer: index.mjs',
    'export const handler = async () => {\n  while (true) {}\n};\n',
  );
  await page.getByRole('button', { name: 'Deploy' }).click();
  await expect(page.getByText(/Deployed index\.mjs to lab-consumer/)).toBeVisible();
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(page.getByRole('button', { name: 'Test', exact: true })).toBeEnabled();
  // The function is Pending for a moment after it is created.
  await expect(async () => {
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await expect(page.getByText('Timed out', { exact: true })).toBeVisible({ timeout: 8_000 });
  }).toPass({ timeout: 20_000 });
  // The page still answers while (and after) the worker spins.
  await page.getByRole('tab', { name: 'AWS CLI' }).click();
  await run(page, 'aws lambda get-function --function-name lab-consumer --query Configuration.Timeout --output text');
  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(page.getByRole('log', { name: 'Log events of /aws/lambda/lab-consumer' })).toContainText(
    /Task timed out after 3\.00 seconds/,
  );
});

test('a TypeScript handler is compiled when packaged, deployed, and tested with a sample Kinesis event', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openLab(page, '/lab/first-stream-and-lambda/');
  await page.getByRole('radio', { name: 'TypeScript' }).check();
  await replaceCode(
    page,
    'Code of lab-consumer: index.ts',
    [
      "import type { KinesisStreamEvent } from 'aws-lambda';",
      '',
      'export const handler = async (event: KinesisStreamEvent): Promise<{ batchItemFailures: [] }> => {',
      '  for (const record of event.Records) {',
      "    const text: string = Buffer.from(record.kinesis.data, 'base64').toString('utf8');",
      '    console.log(text);',
      '  }',
      '  return { batchItemFailures: [] };',
      '};',
      '',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Deploy' }).click();
  await expect(page.getByText(/Deployed index\.mjs to lab-consumer/)).toBeVisible();
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(async () => {
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await expect(page.getByText(/^Succeeded in/)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Function logs' })).toContainText('test record two');
});

test('revert to start clears the simulation, the code and the step checks', async ({ page }) => {
  await openLab(page, '/lab/first-stream-and-lambda/');
  await run(page, 'aws kinesis create-stream --stream-name lab-stream --shard-count 1');
  await expect(step(page, /Create a stream/)).toContainText('Done:', { timeout: 15_000 });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Revert to start' }).click();
  await expect(step(page, /Create a stream/)).toContainText('There is no stream named lab-stream yet.');
  await expect(page.getByRole('status').filter({ hasText: 'Back at the start' })).toBeVisible();
});
