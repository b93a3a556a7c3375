import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KinesisOperationHandler } from '../simulator/api/KinesisError';

/** The simulator's factory for the endpoint's handler, as simulator/api/createEndpointHandler.ts exports it. */
type CreateEndpointHandler = (options: { now: () => number }) => KinesisOperationHandler;

/** The module that builds the simulator-backed handler. */
export const ENDPOINT_HANDLER_MODULE = new URL('../simulator/api/createEndpointHandler.ts', import.meta.url);

/** Why the handler could not be loaded, worded for the person starting the endpoint. */
export class LoadHandlerError extends Error {}

/**
 * Loads the simulator and returns a handler for the endpoint, driven by the wall clock. Imported lazily (and by
 * URL) so the server stays usable and type-checks without the simulator API; throws LoadHandlerError when the
 * module is missing or does not export `createEndpointHandler`.
 * @example const handler = await loadHandler(); await handler('ListStreams', {})
 */
export async function loadHandler(
  options: { moduleUrl?: URL; now?: () => number } = {},
): Promise<KinesisOperationHandler> {
  const moduleUrl = options.moduleUrl ?? ENDPOINT_HANDLER_MODULE;
  const path = fileURLToPath(moduleUrl);
  if (!existsSync(path)) {
    throw new LoadHandlerError(
      `The simulator's API module is missing: ${path} does not exist, so there is nothing to serve yet.`,
    );
  }
  let loaded: unknown;
  try {
    loaded = await import(moduleUrl.href);
  } catch (error) {
    throw new LoadHandlerError(
      `Could not load the simulator's API from ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const create = factoryOf(loaded);
  if (!create) {
    throw new LoadHandlerError(`${path} does not export a function named createEndpointHandler.`);
  }
  const handler: unknown = create({ now: options.now ?? (() => Date.now()) });
  if (typeof handler !== 'function') {
    throw new LoadHandlerError(`createEndpointHandler in ${path} returned ${typeof handler}, not a handler function.`);
  }
  return handler as KinesisOperationHandler;
}

function factoryOf(loaded: unknown): CreateEndpointHandler | undefined {
  if (typeof loaded !== 'object' || loaded === null || !('createEndpointHandler' in loaded)) return undefined;
  const create = loaded.createEndpointHandler;
  return typeof create === 'function' ? (create as CreateEndpointHandler) : undefined;
}
