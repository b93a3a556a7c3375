import { afterEach, describe, expect, it } from 'vitest';
import { openPresentChannel, type PresentChannel, type PresentMessage } from './presentChannel';

const open: PresentChannel[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

function listen(demo: string): { channel: PresentChannel; received: PresentMessage[]; next: () => Promise<void> } {
  const received: PresentMessage[] = [];
  let resolve = () => {};
  const channel = openPresentChannel(demo, (m) => {
    received.push(m);
    resolve();
  });
  open.push(channel);
  return { channel, received, next: () => new Promise<void>((r) => (resolve = r)) };
}

describe('openPresentChannel', () => {
  it('carries commands and status between two windows of the same demo (Node has BroadcastChannel too)', async () => {
    const audience = listen('hot-keys');
    const presenter = listen('hot-keys');
    const arrived = audience.next();
    presenter.channel.send({ kind: 'command', demo: 'hot-keys', command: 'goto', beat: 3 });
    await arrived;
    expect(audience.received).toEqual([{ kind: 'command', demo: 'hot-keys', command: 'goto', beat: 3 }]);
    const back = presenter.next();
    const status = {
      kind: 'status',
      demo: 'hot-keys',
      beat: 3,
      stage: 0,
      phase: 'holding',
      blank: false,
      offScript: false,
      running: false,
    } as const;
    audience.channel.send(status);
    await back;
    expect(presenter.received).toEqual([status]);
  });

  it('ignores other demos and malformed messages', async () => {
    const audience = listen('hot-keys');
    const other = new BroadcastChannel('shardlab-present:hot-keys');
    const arrived = audience.next();
    other.postMessage({ kind: 'command', demo: 'hot-keys', command: 'explode' });
    other.postMessage({ kind: 'command', demo: 'resharding', command: 'next' });
    other.postMessage({ kind: 'command', demo: 'hot-keys', command: 'next' });
    await arrived;
    other.close();
    expect(audience.received).toEqual([{ kind: 'command', demo: 'hot-keys', command: 'next' }]);
  });

  it('works alone where there is no BroadcastChannel', () => {
    const channel = openPresentChannel(
      'x',
      () => {},
      () => null,
    );
    expect(() => channel.send({ kind: 'command', demo: 'x', command: 'next' })).not.toThrow();
  });
});
