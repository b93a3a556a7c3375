import { describe, expect, it } from 'vitest';
import { buildPackage } from './buildPackage';

describe('buildPackage', () => {
  it('packages JavaScript and Python as written', async () => {
    const files = { 'index.mjs': 'export const handler = async () => 1;', 'lambda_function.py': 'def f(): pass' };
    expect(await buildPackage(files)).toEqual({ ok: true, files });
  });

  it('compiles index.ts to index.mjs, types stripped and ES module syntax kept', async () => {
    const built = await buildPackage({
      'index.ts':
        "import type { KinesisStreamEvent } from 'aws-lambda';\nexport const handler = async (event: KinesisStreamEvent): Promise<number> => event.Records.length;\n",
    });
    expect(built).toEqual({
      ok: true,
      files: { 'index.mjs': '\nexport const handler = async (event) => event.Records.length;\n' },
    });
  });

  it('reports a TypeScript syntax error with the file name, as a failed build would', async () => {
    const built = await buildPackage({ 'index.ts': 'export const handler = async (event: ) => 1;' });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error).toMatch(/^index\.ts: .*\(1:/);
  });
});
