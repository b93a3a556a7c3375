import { axeViolations, expect, test } from './fixtures';
import { CLIPBOARD, openLab, replaceCode, ROLE, run, solutionOf, step } from './labPage';

test.use(CLIPBOARD);

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
  await openLab(page, '/lab/firehose-to-s3-with-a-transform/');
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
