import type { KinesisOperationHandler } from '../../simulator/api/KinesisError';
import { createKinesisServer } from '../createKinesisServer';

/**
 * Starts an endpoint on a free port with `handler`, collecting its log lines instead of writing to stderr.
 * The caller closes it.
 * @example const { server, url } = await startTestEndpoint(fake.handler); await server.close()
 */
export async function startTestEndpoint(handler: KinesisOperationHandler, logs: string[] = []) {
  const server = createKinesisServer({ handler, port: 0, log: (line) => logs.push(line) });
  const { url } = await server.listen();
  return { server, url, logs };
}
