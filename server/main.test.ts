import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The in-process tests cover startEndpoint; this one checks that main.ts turns its result into an exit code.
describe('npm run endpoint (server/main.ts)', () => {
  it('exits 2 with a one-line error and the usage on an unknown flag', { timeout: 30_000 }, async () => {
    const run = promisify(execFile)(`${ROOT}node_modules/.bin/tsx`, ['server/main.ts', '--prot', '4567'], {
      cwd: ROOT,
    });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^Error: Unknown option --prot \(did you mean --port\?\)\.\nUsage: npm run endpoint/,
      ),
    });
  });
});
