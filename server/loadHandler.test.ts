import { describe, expect, it } from 'vitest';
import { ENDPOINT_HANDLER_MODULE, LoadHandlerError, loadHandler } from './loadHandler';

const FAKE_MODULE = new URL('./testing/fakeEndpointHandler.ts', import.meta.url);

describe('loadHandler', () => {
  it('points at the simulator API module by default', () => {
    expect(ENDPOINT_HANDLER_MODULE.pathname).toMatch(/\/simulator\/api\/createEndpointHandler\.ts$/);
  });

  it("builds the handler with the module's createEndpointHandler and the given clock", async () => {
    const handler = await loadHandler({ moduleUrl: FAKE_MODULE, now: () => 5_000 });
    await handler('CreateStream', { StreamName: 'demo' });
    await handler('PutRecord', { StreamName: 'demo', PartitionKey: 'k', Data: 'aGk=' });
    const output = await handler('GetRecords', { ShardIterator: 'demo' });
    expect(output).toMatchObject({ Records: [{ ApproximateArrivalTimestamp: new Date(5_000) }] });
  });

  it('says which file is missing', async () => {
    const missing = new URL('./testing/noSuchModule.ts', import.meta.url);
    const error: unknown = await loadHandler({ moduleUrl: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadHandlerError);
    expect(error).toHaveProperty('message', expect.stringMatching(/noSuchModule\.ts does not exist/));
  });

  it('says when the module does not export createEndpointHandler', async () => {
    const wrong = new URL('./protocol.ts', import.meta.url);
    await expect(loadHandler({ moduleUrl: wrong })).rejects.toThrow(
      /protocol\.ts does not export a function named createEndpointHandler/,
    );
  });
});
