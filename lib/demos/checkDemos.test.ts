import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '@/lib/content/scenarios';
import { checkDemos } from './checkDemos';

const scenarios = loadScenarios();

function folder(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'demos-'));
  mkdirSync(path.join(root, 'content/demos'), { recursive: true });
  for (const [name, data] of Object.entries(files))
    writeFileSync(path.join(root, 'content/demos', name), typeof data === 'string' ? data : JSON.stringify(data));
  return root;
}

const demo = (actions: unknown[]) => ({
  title: 'A demo',
  summary: 'A demo used by these tests, long enough.',
  minutes: 2,
  chapters: ['consumers'],
  beats: [{ title: 'Only beat', text: 'Look.', notes: 'Say something useful.', actions }],
});

describe('checkDemos', () => {
  it('passes the site’s own demos', () => {
    expect(
      checkDemos(process.cwd(), scenarios, [
        'throughput-and-hot-keys',
        'records-keys-and-shards',
        'capacity-and-resharding',
        'retention-and-replay',
        'consumers',
        'lambda-consumers',
        'amazon-data-firehose',
        'choosing-a-service',
      ]),
    ).toEqual([]);
  });

  it('reports bad JSON, bad names, unknown chapters, refused actions and missing nodes', () => {
    const root = folder({
      'Bad Name.json': demo([]),
      'local.json': demo([{ do: 'load', scenario: 'hot-key' }]),
      'cut.json': '{"title":',
      'chapter.json': { ...demo([{ do: 'load', scenario: 'hot-key' }]), chapters: ['nope'] },
      'refused.json': demo([
        { do: 'load', scenario: 'hot-key' },
        { do: 'lambdaMapping', function: 'missing', set: { batchSize: 10 } },
        { do: 'highlight', node: 'shard:game-events:shardId-000000000009' },
      ]),
    });
    const problems = checkDemos(root, scenarios, ['consumers']);
    expect(problems).toEqual([
      "content/demos/Bad Name.json: a demo's id is its file name: lowercase words joined by hyphens",
      'content/demos/chapter.json: the chapter "nope" does not exist (chapters are file names in content/chapters).',
      expect.stringMatching(/^content\/demos\/cut\.json: not valid JSON/),
      'content/demos/local.json: "local" is reserved for imported demos; rename the file',
      'content/demos/refused.json: beat 1 ("Only beat"), "lambdaMapping" action: there is no Lambda function "missing" with a mapping',
      'content/demos/refused.json: beat 1 ("Only beat"), "highlight" action: there is no node "shard:game-events:shardId-000000000009" on the canvas at this point',
    ]);
  });
});
