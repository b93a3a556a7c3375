import { axeViolations, expect, test } from './fixtures';
import { CLIPBOARD, openLab, replaceCode, ROLE, run, step } from './labPage';

test.use(CLIPBOARD);

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

for (const [name, handler] of Object.entries(HANDLERS)) {
  test(`lab 1 end to end in ${handler.radio}: stream, function, trigger, records, logs, clean-up`, async ({ page }) => {
    test.setTimeout(120_000);
    await openLab(page, '/lab/first-stream-and-lambda/');
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
