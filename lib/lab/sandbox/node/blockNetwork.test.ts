import { describe, expect, it } from 'vitest';
import { blockNetwork, NETWORK_GLOBALS } from './blockNetwork';

describe('blockNetwork', () => {
  it('replaces every network global with one that throws a clear error', async () => {
    const scope: Record<string, unknown> = { fetch: () => 'network!' };
    blockNetwork(scope);
    for (const name of NETWORK_GLOBALS) {
      expect(() => (scope[name] as () => unknown)()).toThrow(`This sandbox has no network: ${name} is not available.`);
    }
    const WebSocketStub = scope.WebSocket as new (url: string) => unknown;
    expect(() => new WebSocketStub('wss://example.com')).toThrow(
      'This sandbox has no network: WebSocket is not available. Call the simulated Kinesis with @aws-sdk/client-kinesis instead.',
    );
    // User code cannot put the original back.
    expect(() => {
      scope.fetch = () => 'restored';
    }).toThrow(TypeError);
  });
});
