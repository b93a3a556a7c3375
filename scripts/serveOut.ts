import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface StaticServer {
  origin: string;
  stop: () => void;
}

/** Serves the built site (out/) on 127.0.0.1:<port> for scripts; resolves once it answers. */
export async function serveOut(port: number): Promise<StaticServer> {
  if (!existsSync('out/index.html')) throw new Error('No built site in out/: run `npm run build` first.');
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['serve', 'out', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'],
    // Its own process group, so stopping it also stops the node process npx starts.
    { stdio: 'ignore', detached: true },
  );
  const stop = () => stopGroup(server);
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`The static server did not answer at ${origin}`);
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
