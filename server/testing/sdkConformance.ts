import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll } from 'vitest';
import { createEndpointHandler } from '../../simulator/api/createEndpointHandler';
import { startTestEndpoint } from './startTestEndpoint';

/** What an AWS SDK v3 client constructor needs to talk to the local endpoint. */
export interface LocalClientOptions {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  requestHandler: NodeHttpHandler;
  maxAttempts: number;
}

interface SdkClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  send(command: any): Promise<unknown>;
  destroy(): void;
}

/**
 * For a conformance suite: starts the endpoint over the real engine with a test clock, and an SDK client
 * for it, before the suite's tests (plain HTTP/1.1, one attempt, so errors surface as they are). `send`
 * records which operations were exercised; `failure` returns the error's name, message and HTTP status.
 * @example const sdk = sdkConformance((options) => new KinesisClient(options))
 */
export function sdkConformance<C extends SdkClient>(makeClient: (options: LocalClientOptions) => C) {
  let now = Date.UTC(2026, 5, 1);
  let url = '';
  let client: C | undefined;
  let close = async () => {};
  const covered = new Set<string>();
  beforeAll(async () => {
    const started = await startTestEndpoint(createEndpointHandler({ now: () => now }));
    close = () => started.server.close();
    url = started.url;
    client = makeClient({
      endpoint: url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      requestHandler: new NodeHttpHandler(),
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client?.destroy();
    await close();
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const send = async <T>(command: { constructor: { name: string } } & any): Promise<T> => {
    covered.add(command.constructor.name.replace(/Command$/, ''));
    return client!.send(command) as Promise<T>;
  };
  const failure = async (command: unknown): Promise<{ name: string; message: string; status?: number }> => {
    try {
      await send(command);
    } catch (error) {
      const e = error as Error & { $metadata?: { httpStatusCode?: number } };
      return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
    }
    throw new Error('expected the call to fail');
  };
  return {
    send,
    failure,
    covered,
    /** Moves the endpoint's virtual clock forward. */
    tick: (ms: number) => (now += ms),
    now: () => now,
    url: () => url,
  };
}
