import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const ROLE = 'arn:aws:iam::000000000000:role/lab-lambda-role';

const HANDLERS = {
  node: {
    radio: 'Node.js 22',
    file: 'index.mjs',
    createFlags: '--runtime nodejs22.x --handler index.handler',
    code: [
      'export const handler = async (event) => {',
      '  for (const record of event.Records) {',
      "    console.log(Buffer.from(record.kinesis.data, 'base64').toString('utf8'));",
      '  }',
      '  return { batchItemFailures: [] };',
      '};',
      '',
    ].join('\n'),
  },
  python: {
    radio: 'Python 3.12',
    file: 'lambda_function.py',
    createFlags: '--runtime python3.12 --handler lambda_function.lambda_handler',
    code: [
      'import base64',
      '',
      '',
      'def lambda_handler(event, context):',
      '    for record in event["Records"]:',
      '        print(base64.b64decode(record["kinesis"]["data"]).decode("utf-8"))',
      '    return {"batchItemFailures": []}',
      '',
    ].join('\n'),
  },
} as const;

/** Runs a command (or `count` pasted lines of them) in the lab's console and waits for the output entries. */
async function run(page: Page, command: string, count = 1) {
  const input = page.getByRole('textbox', { name: 'Command' });
  const entries = page.getByRole('log', { name: 'Console output' }).locator('pre', { hasText: /^\$ / });
  const before = await entries.count();
  await input.fill(command);
  await input.press('Enter');
  await expect(entries).toHaveCount(before + count);
}

function step(page: Page, title: RegExp) {
  return page.getByRole('region', { name: title }).locator('[data-step-status]');
}

// Code goes into the editor by paste, as a learner copying a solution would: typed text is auto-indented.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Replaces the editor's whole text: select all, paste. (Monaco's input is focused, not clicked: it is tiny.) */
async function replaceCode(page: Page, label: string, code: string) {
  await page.getByRole('textbox', { name: label }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.locator('.view-lines').first()).toContainText(code.trimEnd().split('\n').at(-1)!);
}

for (const [name, handler] of Object.entries(HANDLERS)) {
  test(`lab 1 end to end in ${handler.radio}: stream, function, trigger, records, logs, clean-up`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/lab/first-stream-and-lambda/');
    await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
    if (name === 'python') await page.getByRole('radio', { name: /Python 3\.12/ }).check();

    await run(page, 'aws kinesis create-stream --stream-name lab-stream --shard-count 1');
    await expect(step(page, /Create a stream/)).toContainText('Done: lab-stream is ACTIVE', { timeout: 15_000 });

    await replaceCode(page, `Code of lab-consumer: ${handler.file}`, handler.code);
    await run(
      page,
      `aws lambda create-function --function-name lab-consumer ${handler.createFlags} \\\n  --role ${ROLE} --zip-file fileb://function.zip`,
    );
    await expect(step(page, /Write and deploy/)).toContainText('Done: lab-consumer is Active', { timeout: 15_000 });

    await run(
      page,
      'aws lambda create-event-source-mapping --function-name lab-consumer --event-source-arn arn:aws:kinesis:us-east-1:000000000000:stream/lab-stream --batch-size 100 --starting-position LATEST',
    );
    await expect(step(page, /Connect the stream/)).toContainText('is Enabled', { timeout: 15_000 });

    // The pitfall first: CLI v2 reads --data as base64.
    await run(
      page,
      'aws kinesis put-record --stream-name lab-stream --partition-key user-1 --data "hello from user-1"',
    );
    await expect(page.getByRole('log', { name: 'Console output' })).toContainText(
      'Invalid base64: "hello from user-1"',
    );
    for (const user of ['user-1', 'user-2', 'user-3'])
      await run(
        page,
        `aws kinesis put-record --stream-name lab-stream --partition-key ${user} --data "hello from ${user}" --cli-binary-format raw-in-base64-out`,
      );
    await expect(step(page, /Send three records/)).toContainText('3 records processed successfully', {
      timeout: 30_000,
    });
    await expect(step(page, /Read the decoded records/)).toContainText('Done: The logs show 3 decoded record(s)');

    await run(page, 'aws logs tail /aws/lambda/lab-consumer --since 10m');
    const output = page.getByRole('log', { name: 'Console output' });
    await expect(output).toContainText(/START RequestId: [0-9a-f-]{36} Version: \$LATEST/);
    await expect(output).toContainText('hello from user-2');
    await expect(output).toContainText(
      /REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB/,
    );

    // --follow keeps printing new lines until Ctrl+C.
    await run(page, 'aws logs tail /aws/lambda/lab-consumer --follow --format short');
    const following = output.locator('div', { has: page.locator('pre', { hasText: /--follow/ }) });
    await expect(following.getByRole('button', { name: /^Stop aws logs tail/ })).toBeVisible();
    await run(
      page,
      'aws kinesis put-record --stream-name lab-stream --partition-key user-4 --data "hello while following" --cli-binary-format raw-in-base64-out',
    );
    await expect(following).toContainText('hello while following', { timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Command' }).press('Control+c');
    await expect(following).toContainText('exit code 130');

    // Invoked directly, as the AWS tutorial does: the response goes to a file, the log tail comes back base64.
    await run(
      page,
      `aws lambda invoke --function-name lab-consumer --cli-binary-format raw-in-base64-out --payload '{"Records": [{"kinesis": {"data": "aGkgZnJvbSBpbnZva2U="}}]}' --log-type Tail --query LogResult --output text response.json`,
    );
    const tail = output.locator('pre').last();
    await expect(tail).toHaveText(/^[A-Za-z0-9+/=]{40,}\n?$/, { timeout: 30_000 });
    const log = Buffer.from((await tail.textContent())!.trim(), 'base64').toString('utf8');
    expect(log).toMatch(
      /^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n[^]*hi from invoke\n[^]*REPORT RequestId: /,
    );
    // Two pasted lines run one after the other, as in a shell.
    await run(
      page,
      'cat response.json\naws lambda get-function --function-name lab-consumer --query Configuration.State --output text',
      2,
    );
    await expect(output.locator('pre', { hasText: 'batchItemFailures' })).toHaveText('{"batchItemFailures":[]}');
    await expect(output.locator('pre').last()).toHaveText('Active');

    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByRole('log', { name: 'Log events of /aws/lambda/lab-consumer' })).toContainText(
      'hello from user-3',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'AWS CLI' }).click();
    await run(
      page,
      'aws lambda list-event-source-mappings --function-name lab-consumer --query "EventSourceMappings[0].UUID" --output text',
    );
    const uuid = (await output.locator('pre').last().textContent())!.trim();
    await run(page, `aws lambda delete-event-source-mapping --uuid ${uuid}`);
    await run(page, 'aws lambda delete-function --function-name lab-consumer');
    await run(page, 'aws kinesis delete-stream --stream-name lab-stream');
    await expect(step(page, /Clean up/)).toContainText('Done: Everything the lab created is deleted.');

    // Progress and drafts survive a reload; the console keeps its history.
    await page.reload();
    await expect(step(page, /Clean up/)).toContainText('Done:', { timeout: 15_000 });
    await expect(page.getByRole('textbox', { name: `Code of lab-consumer: ${handler.file}` })).toBeAttached();
    await page.getByRole('textbox', { name: 'Command' }).press('ArrowUp');
    await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue(
      'aws kinesis delete-stream --stream-name lab-stream',
    );
  });
}

test('a handler that never returns times out after 3 s, as on Lambda, and the page stays responsive', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/lab/first-stream-and-lambda/');
  await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
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

test('revert to start clears the simulation, the code and the step checks', async ({ page }) => {
  await page.goto('/lab/first-stream-and-lambda/');
  await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
  await run(page, 'aws kinesis create-stream --stream-name lab-stream --shard-count 1');
  await expect(step(page, /Create a stream/)).toContainText('Done:', { timeout: 15_000 });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Revert to start' }).click();
  await expect(step(page, /Create a stream/)).toContainText('There is no stream named lab-stream yet.');
  await expect(page.getByRole('status').filter({ hasText: 'Back at the start' })).toBeVisible();
});

/** The first ```javascript block after a step's opening tag in a lab's MDX: the solution the lab prints. */
function solutionOf(lab: string, stepId: string): string {
  const source = readFileSync(`content/labs/${lab}.mdx`, 'utf8');
  const from = source.indexOf(`<LabStep id="${stepId}"`);
  const match = /```javascript\n([\s\S]*?)```/.exec(source.slice(from));
  if (from < 0 || !match) throw new Error(`No JavaScript solution in step ${stepId} of ${lab}`);
  return match[1]!;
}

test('lab 2: the SDK producer throttles on a hot key, metrics find the shard, the printed fix gets every record in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/lab/fix-the-hot-key/');
  const runProducer = page.getByRole('button', { name: 'Run producer' });
  await expect(runProducer).toBeEnabled();
  const output = page.getByRole('log', { name: 'Producer output' });

  await runProducer.click();
  await expect(page.getByRole('status').filter({ hasText: /^Finished in/ })).toBeVisible({ timeout: 30_000 });
  await expect(output).toContainText('FailedRecordCount 500');
  await expect(step(page, /Run the producer/)).toContainText('Done:');

  await run(
    page,
    'aws kinesis enable-enhanced-monitoring --stream-name sensor-readings --shard-level-metrics IncomingRecords WriteProvisionedThroughputExceeded',
  );
  await runProducer.click();
  // The datapoint of the minute in progress fills in as the engine's second closes: ask until it shows.
  await expect(async () => {
    await run(
      page,
      'aws cloudwatch get-metric-statistics --namespace AWS/Kinesis --metric-name IncomingRecords --dimensions Name=StreamName,Value=sensor-readings Name=ShardId,Value=shardId-000000000001 --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T06:00:00Z --period 60 --statistics Sum --query "Datapoints[].Sum" --output text',
    );
    await expect(page.getByRole('log', { name: 'Console output' }).locator('pre').last()).toHaveText(
      /^\s*[1-9]\d*(\.0)?\s*$/,
      { timeout: 1000 },
    );
  }).toPass({ timeout: 15_000 });
  await expect(step(page, /Find the hot shard/)).toContainText('Done:');

  await replaceCode(page, 'Producer code: index.mjs', solutionOf('fix-the-hot-key', 'fix-producer'));
  await runProducer.click();
  await expect(output).toContainText('done: 3000 of 3000 readings accepted', { timeout: 60_000 });
  await expect(step(page, /Spread the keys/)).toContainText('Done:');
  expect(await axeViolations(page)).toEqual([]);
});

test('lab 3: learner code transforms a Firehose stream’s records: Ok delivered, heartbeats dropped, a broken line under processing-failed/', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/lab/firehose-to-s3-with-a-transform/');
  await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
  await run(
    page,
    `aws lambda create-function --function-name clean-readings --runtime nodejs22.x --handler index.handler --role ${ROLE} --zip-file fileb://function.zip`,
  );
  await expect(step(page, /Deploy the transform/)).toContainText('Done:', { timeout: 15_000 });
  await run(
    page,
    `aws firehose create-delivery-stream --delivery-stream-name readings-to-s3 --delivery-stream-type DirectPut --extended-s3-destination-configuration '{"BucketARN": "arn:aws:s3:::lab-readings-archive", "RoleARN": "arn:aws:iam::000000000000:role/lab-firehose-role", "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 15}, "ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "Lambda", "Parameters": [{"ParameterName": "LambdaArn", "ParameterValue": "arn:aws:lambda:us-east-1:000000000000:function:clean-readings"}]}]}}'`,
  );
  await expect(step(page, /Create the Firehose stream/)).toContainText('Done:', { timeout: 15_000 });

  await replaceCode(
    page,
    'Code of clean-readings: index.mjs',
    solutionOf('firehose-to-s3-with-a-transform', 'clean-readings'),
  );
  await page.getByRole('button', { name: 'Deploy' }).click();
  await expect(page.getByText(/Deployed index\.mjs to clean-readings/)).toBeVisible();
  const records = [
    '{"sensor": "s-1", "celsius": 21.4}',
    '{"type": "heartbeat", "sensor": "s-1"}',
    '{"sensor": "s-2", "celsius": 19.8}',
    'sensor=s-3;celsius=oops',
    '{"type": "heartbeat", "sensor": "s-2"}',
  ].map((line) => ({ Data: `${line}\n` }));
  await run(
    page,
    `aws firehose put-record-batch --delivery-stream-name readings-to-s3 --cli-binary-format raw-in-base64-out --records '${JSON.stringify(records)}'`,
  );
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('"FailedPutCount": 0');
  await expect(step(page, /Send readings/)).toContainText('Done:', { timeout: 60_000 });
  await expect(step(page, /Keep readings, drop heartbeats/)).toContainText('Done:', { timeout: 15_000 });
  await expect(step(page, /processing-failed/)).toContainText('Done:', { timeout: 15_000 });

  await page.getByRole('tab', { name: 'S3' }).click();
  await expect(page.getByRole('region', { name: 'Objects in s3://lab-readings-archive' })).toContainText(
    'processing-failed/',
  );
  expect(await axeViolations(page)).toEqual([]);

  // The same objects from the console, as on AWS.
  await page.getByRole('tab', { name: 'AWS CLI' }).click();
  const output = page.getByRole('log', { name: 'Console output' });
  await run(page, 'aws s3 ls s3://lab-readings-archive/');
  await expect(output.locator('pre').last()).toHaveText(/^\s+PRE 2026\/\n\s+PRE processing-failed\/\n?$/);
  await run(page, 'aws s3 ls s3://lab-readings-archive/2026/ --recursive');
  const listing = (await output.locator('pre').last().textContent())!;
  const key = /^2026-01-01 \d\d:\d\d:\d\d +\d+ (2026\/\S+)$/m.exec(listing)![1]!;
  await run(page, `aws s3 cp s3://lab-readings-archive/${key} -`);
  await expect(output.locator('pre').last()).toContainText('"fahrenheit"');
  await expect(output.locator('pre').last()).not.toContainText('heartbeat');
});

test('a TypeScript handler is compiled when packaged, deployed, and tested with a sample Kinesis event', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/lab/first-stream-and-lambda/');
  await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
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
