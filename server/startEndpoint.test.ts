import { describe, expect, it } from 'vitest';
import { KinesisError } from '../simulator/api/KinesisError';
import { createKinesisServer } from './createKinesisServer';
import { LoadHandlerError } from './loadHandler';
import { startEndpoint, type EndpointIo } from './startEndpoint';
import { createFakeEndpointHandler } from './testing/fakeEndpointHandler';

function capture(
  loadHandler: EndpointIo['loadHandler'] = async () => createFakeEndpointHandler({ now: () => 0 }).handler,
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: EndpointIo = { loadHandler, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('startEndpoint', () => {
  it('prints the URL and a ready-to-paste CLI v2 call with the credentials it needs', async () => {
    const { io, out, err } = capture();
    const started = await startEndpoint(['--port', '0'], io);
    if ('exitCode' in started) throw new Error(`did not start: ${err.join('\n')}`);
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(out).toContain(`Shardlab Kinesis endpoint listening on ${started.url}`);
      expect(out).toContain('  export AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x AWS_DEFAULT_REGION=us-east-1');
      expect(out).toContain(`  aws --endpoint-url ${started.url} kinesis list-streams`);
      expect(err).toEqual([]);
    } finally {
      await started.close();
    }
  });

  it('logs one line per call unless --quiet', async () => {
    for (const quiet of [false, true]) {
      const { io, out } = capture(async () => (operation) => {
        if (operation === 'ListStreams') return { StreamNames: [], HasMoreStreams: false };
        throw new KinesisError('ResourceNotFoundException', 'Stream demo under account 000000000000 not found.');
      });
      const started = await startEndpoint(['--port', '0', ...(quiet ? ['--quiet'] : [])], io);
      if ('exitCode' in started) throw new Error('did not start');
      const before = out.length;
      for (const target of ['ListStreams', 'DescribeStream']) {
        await fetch(started.url, {
          method: 'POST',
          headers: { 'X-Amz-Target': `Kinesis_20131202.${target}`, 'Content-Type': 'application/x-amz-json-1.1' },
          body: '{}',
        });
      }
      await started.close();
      const calls = out.slice(before).map((line) => line.replace(/\(\d+ ms\)/, '(n ms)'));
      expect(calls).toEqual(
        quiet ? [] : ['ListStreams → 200 (n ms)', 'DescribeStream → 400 ResourceNotFoundException (n ms)'],
      );
    }
  });

  it('exits 2 with a one-line reason and the usage on a mistyped flag', async () => {
    const { io, err } = capture();
    expect(await startEndpoint(['--prot', '4567'], io)).toEqual({ exitCode: 2 });
    expect(err[0]).toBe('Error: Unknown option --prot (did you mean --port?).');
    expect(err[1]).toMatch(/^Usage: npm run endpoint -- /);
  });

  it('exits 2 on a bad port, 0 after --help', async () => {
    expect(await startEndpoint(['--port', 'http'], capture().io)).toEqual({ exitCode: 2 });
    const help = capture();
    expect(await startEndpoint(['--help'], help.io)).toEqual({ exitCode: 0 });
    expect(help.out.join('\n')).toMatch(/--port, -p/);
  });

  it('exits 1 and says why when the simulator API cannot be loaded', async () => {
    const { io, err } = capture(async () => {
      throw new LoadHandlerError('The simulator API module is missing.');
    });
    expect(await startEndpoint(['--port', '0'], io)).toEqual({ exitCode: 1 });
    expect(err).toEqual(['Error: the Kinesis endpoint cannot start. The simulator API module is missing.']);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const occupant = createKinesisServer({ handler: () => undefined, port: 0 });
    const port = new URL((await occupant.listen()).url).port;
    try {
      const { io, err } = capture();
      expect(await startEndpoint(['--port', port], io)).toEqual({ exitCode: 1 });
      expect(err).toEqual([
        `Error: port ${port} on 127.0.0.1 is already in use (another endpoint still running?). Stop that process or pick another port with --port.`,
      ]);
    } finally {
      await occupant.close();
    }
  });
});
