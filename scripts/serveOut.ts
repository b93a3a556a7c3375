import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Serves the built site (out/) on 127.0.0.1:<port> for scripts; resolves once it answers. */
export async function serveOut(port: number): Promise<{ origin: string; server: ChildProcess }> {
  if (!existsSync('out/index.html')) throw new Error('No built site in out/: run `npm run build` first.');
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['serve', 'out', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, server };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`The static server did not answer at ${origin}`);
}
