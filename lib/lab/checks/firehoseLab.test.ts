import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { labSteps } from '@/lib/content/labSteps';
import { callApi } from '@/simulator/api/callApi';
import { zipPackage } from '@/simulator/api/lambda/deploymentPackage';
import { runCli, type CliCaller } from '@/simulator/cli/runCli';
import { applyCommand } from '@/simulator/engine/commands';
import { createSimulation } from '@/simulator/engine/createSimulation';
import { awaitingTransforms, completeTransform } from '@/simulator/engine/firehose/codeTransforms';
import { FIREHOSE_CHECKS } from './firehoseChecks';

const LAB = join(process.cwd(), 'content/labs/firehose-to-s3-with-a-transform');
const source = readFileSync(`${LAB}.mdx`, 'utf8');
const starter = readFileSync(join(LAB, 'nodejs22.x/index.mjs'), 'utf8');

/** The shell commands of the lab's ```bash blocks, `\` continuations joined, in order. */
const commands = [...source.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.startsWith('aws ')),
);
/** The Node.js solution of step 4, as printed. */
const solution = /```javascript\n([\s\S]*?)```/.exec(source)![1]!;

type Handler = (event: unknown) => Promise<unknown>;
/** An ES module handler evaluated here, standing in for the sandbox (the test runs in Node, which has Buffer). */
function load(code: string): Handler {
  // The lab's own code, run as the sandbox would run it.
  return new Function(`${code.replace(/export const handler/, 'const handler')}\nreturn handler;`)() as Handler;
}

const command = (start: string) => commands.find((c) => c.startsWith(start))!;

describe('lab 3 as printed: its commands and solution pass its checks', () => {
  it('every step names a check FIREHOSE_CHECKS (or lab 1’s functionActive) knows, with its parameters', () => {
    const steps = labSteps(source);
    expect(steps.map((s) => s.check)).toEqual([
      'functionActive',
      'transformAttached',
      'objectsDelivered',
      'recordsDropped',
      'processingFailedDelivered',
      'firehoseCleanedUp',
    ]);
    for (const step of steps.slice(1))
      expect(Object.keys(step.params).sort()).toEqual([...FIREHOSE_CHECKS[step.check]!.params].sort());
  });

  it('runs from an empty account to the error prefix and back', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const sim = createSimulation({ seed: 2027 });
    const files = { 'function.zip': zipPackage({ 'index.mjs': starter }) };
    const call: CliCaller = (service, operation, input) => callApi(sim, operation, input, service);
    const run = (line: string) =>
      runCli(line, call, { readFile: (p) => files[p as 'function.zip'] ?? null, now: sim.now });
    const advance = (ms: number) => applyCommand(sim, { type: 'time/advance', until: sim.now + ms });
    const check = (name: string, params: Record<string, string>) =>
      FIREHOSE_CHECKS[name]!.run({ sim, log: [] }, params);
    const transformWith = async (handler: Handler) => {
      const [job] = awaitingTransforms(sim);
      const response = JSON.parse(JSON.stringify(await handler(job!.event))) as unknown;
      completeTransform(sim, job!.requestId, { status: 'ok', response, logs: [], durationMs: 1, initDurationMs: null });
    };

    expect(run(command('aws lambda create-function')).exitCode).toBe(0);
    advance(1000);
    expect(run(command('aws firehose create-delivery-stream')).exitCode).toBe(0);
    advance(2000);
    expect(check('transformAttached', { firehose: 'readings-to-s3', function: 'clean-readings' }).done).toBe(true);
    expect(JSON.parse(run(command('aws firehose describe-delivery-stream')).stdout)).toEqual([
      'ACTIVE',
      ['arn:aws:lambda:us-east-1:000000000000:function:clean-readings', '3'],
    ]);

    const put = command('aws firehose put-record-batch');
    const withoutOption = run(put.replace(' --cli-binary-format raw-in-base64-out', ''));
    expect(withoutOption.exitCode).not.toBe(0);
    expect(withoutOption.stderr).toContain('Invalid base64');
    expect(JSON.parse(run(put).stdout)).toMatchObject({ FailedPutCount: 0 });
    advance(15_000);
    await transformWith(load(starter));
    expect(check('objectsDelivered', { bucket: 'lab-readings-archive', atLeast: '1' }).done).toBe(true);
    expect(sim.firehose!.buckets['lab-readings-archive']!.objects[0]!.records).toBe(6);

    run(put);
    advance(15_000);
    await transformWith(load(solution));
    expect(check('recordsDropped', { firehose: 'readings-to-s3', atLeast: '2' })).toEqual({
      done: true,
      detail: 'The transform has dropped 2 records.',
    });
    expect(check('processingFailedDelivered', { bucket: 'lab-readings-archive', atLeast: '1' }).done).toBe(true);
    const [, cleaned, failed] = sim.firehose!.buckets['lab-readings-archive']!.objects;
    expect(cleaned!.contents.map((b64) => atob(b64))).toEqual([
      '{"sensor":"s-1","celsius":21.4,"fahrenheit":70.5}\n',
      '{"sensor":"s-2","celsius":19.8,"fahrenheit":67.6}\n',
      '{"sensor":"s-3","celsius":22.1,"fahrenheit":71.8}\n',
    ]);
    expect(failed!.key.startsWith('processing-failed/')).toBe(true);
    expect(failed!.contents.map((b64) => atob(b64))).toEqual(['sensor=s-3;celsius=oops\n']);

    expect(run(command('aws firehose delete-delivery-stream')).exitCode).toBe(0);
    expect(run(command('aws lambda delete-function')).exitCode).toBe(0);
    expect(check('firehoseCleanedUp', { firehose: 'readings-to-s3', function: 'clean-readings' }).done).toBe(true);
  });
});
