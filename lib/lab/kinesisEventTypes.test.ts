import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { editorCompilerOptions, kinesisEventTypes, kinesisJsDocGlobals } from './kinesisEventTypes';

// The editor runs TypeScript 5.9 in a worker; the same compiler here, with the same options and extra
// libraries, shows what a learner sees: red squiggles (diagnostics) and completion lists.
const libDir = path.dirname(require.resolve('typescript/lib/lib.d.ts'));
const TYPES = '/types/kinesis.d.ts';
const JSDOC = '/types/jsdoc.d.ts';

function languageService(fileName: string, code: string, { jsGlobals = false, strict = false } = {}) {
  const files = new Map([
    [fileName, code],
    [TYPES, kinesisEventTypes],
    ...(jsGlobals ? [[JSDOC, kinesisJsDocGlobals] as const] : []),
  ]);
  const read = (name: string) => files.get(name) ?? (ts.sys.fileExists(name) ? readFileSync(name, 'utf8') : undefined);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ ...(editorCompilerOptions as ts.CompilerOptions), strict }),
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = read(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: (options) => path.join(libDir, ts.getDefaultLibFileName(options)),
    fileExists: (name) => files.has(name) || ts.sys.fileExists(name),
    readFile: read,
  };
  return ts.createLanguageService(host);
}

function errors(fileName: string, code: string, options?: { jsGlobals?: boolean; strict?: boolean }): string[] {
  const service = languageService(fileName, code, options);
  const semantic = fileName.endsWith('.ts') ? service.getSemanticDiagnostics(fileName) : [];
  return [...service.getSyntacticDiagnostics(fileName), ...semantic].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

/** Completion names at the end of `before`, as the editor lists them after typing a dot. */
function completionsAt(fileName: string, before: string, after: string, options?: { jsGlobals?: boolean }) {
  const service = languageService(fileName, before + after, options);
  const info = service.getCompletionsAtPosition(fileName, before.length, {});
  return (info?.entries ?? []).map((e) => e.name);
}

const tsHandler = `import type { Context, KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';

export const handler = async (event: KinesisStreamEvent, context: Context): Promise<KinesisStreamBatchResponse> => {
  const failures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    const text = Buffer.from(record.kinesis.data, 'base64').toString('utf8');
    console.log(record.kinesis.partitionKey, record.kinesis.approximateArrivalTimestamp.toFixed(3), text);
    if (!text) failures.push({ itemIdentifier: record.kinesis.sequenceNumber });
  }
  console.log(context.awsRequestId, context.getRemainingTimeInMillis(), process.env.AWS_REGION);
  return { batchItemFailures: failures };
};
`;

describe('kinesisEventTypes in TypeScript', () => {
  it('type-checks a strict Kinesis consumer that imports its types from aws-lambda', () => {
    expect(errors('/lab/index.ts', tsHandler, { strict: true })).toEqual([]);
  });

  it('types a handler declared as KinesisStreamHandler and a Firehose transformation', () => {
    const code = `import type { FirehoseTransformationHandler, KinesisStreamHandler } from 'aws-lambda';
export const consume: KinesisStreamHandler = async (event) => {
  const keys: string[] = event.Records.map((r) => r.kinesis.partitionKey);
  console.log(keys);
};
export const transform: FirehoseTransformationHandler = async (event) => ({
  records: event.records.map((r) => ({ recordId: r.recordId, result: r.data ? 'Ok' : 'Dropped', data: r.data })),
});
`;
    expect(errors('/lab/index.ts', code, { strict: true })).toEqual([]);
  });

  it('flags a misspelt field and a wrong transformation result', () => {
    const code = `import type { FirehoseTransformationResult, KinesisStreamEvent } from 'aws-lambda';
export const handler = async (event: KinesisStreamEvent) => event.Records[0]?.kinesis.partitonKey;
export const bad: FirehoseTransformationResult = { records: [{ recordId: 'a', result: 'Failed' }] };
`;
    const found = errors('/lab/index.ts', code, { strict: true });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/'partitonKey' does not exist/);
    expect(found[1]).toMatch(/"Failed"/);
  });

  it('completes the Kinesis payload fields after event.Records[0].kinesis.', () => {
    const names = completionsAt(
      '/lab/index.ts',
      `import type { KinesisStreamEvent } from 'aws-lambda';\nexport const handler = async (event: KinesisStreamEvent) => {\n  event.Records[0].kinesis.`,
      '\n};\n',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'approximateArrivalTimestamp',
        'data',
        'kinesisSchemaVersion',
        'partitionKey',
        'sequenceNumber',
      ]),
    );
  });

  it('infers each SDK command output from send()', () => {
    const code = `import { KinesisClient, ListShardsCommand, PutRecordsCommand } from '@aws-sdk/client-kinesis';
const client = new KinesisClient({ region: 'us-east-1', maxAttempts: 3 });
export async function put(items: string[]) {
  const out = await client.send(new PutRecordsCommand({
    StreamName: 'orders',
    Records: items.map((item, i) => ({ Data: new TextEncoder().encode(item), PartitionKey: 'user-' + i })),
  }));
  const failed: number | undefined = out.FailedRecordCount;
  const codes = (out.Records ?? []).map((r) => r.ErrorCode ?? r.SequenceNumber);
  const shards = await client.send(new ListShardsCommand({ StreamName: 'orders' }));
  const ids: (string | undefined)[] = (shards.Shards ?? []).map((s) => s.ShardId);
  return { failed, codes, ids, status: out.$metadata.httpStatusCode };
}
export const wrong: string = (await client.send(new PutRecordsCommand({ StreamName: 's', Records: [] }))).FailedRecordCount;
`;
    const found = errors('/lab/producer.ts', code, { strict: true });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/'number \| undefined' is not assignable to type 'string'/);
  });
});

describe('kinesisEventTypes in JavaScript', () => {
  const esm = `export const handler = async (event, context) => {\n  for (const record of event.Records) {\n    console.log(Buffer.from(record.kinesis.data, 'base64').toString());\n  }\n};\n`;

  it('leaves an unannotated .mjs handler free of errors', () => {
    expect(errors('/lab/index.mjs', esm, { jsGlobals: true })).toEqual([]);
  });

  it('completes the event through a JSDoc import type', () => {
    const before = `/** @param {import('aws-lambda').KinesisStreamEvent} event */\nexport const handler = async (event) => {\n  event.Records[0].kinesis.`;
    expect(completionsAt('/lab/index.mjs', before, '\n};\n', { jsGlobals: true })).toEqual(
      expect.arrayContaining(['partitionKey', 'data', 'sequenceNumber']),
    );
  });

  it('completes the event through a JSDoc global type name', () => {
    const before = `/** @param {KinesisStreamEvent} event */\nexport const handler = async (event) => {\n  event.Records[0].kinesis.`;
    expect(completionsAt('/lab/index.mjs', before, '\n};\n', { jsGlobals: true })).toContain('partitionKey');
    // Without the JavaScript-only aliases the name means nothing: the aliases are what make it work.
    expect(completionsAt('/lab/index.mjs', before, '\n};\n')).not.toContain('partitionKey');
  });
});
