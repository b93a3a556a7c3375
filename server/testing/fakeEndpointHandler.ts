// A tiny in-memory stand-in for the simulator's API layer, for testing the HTTP layer alone. It knows a handful
// of operations just well enough to echo what arrives; it is not a Kinesis model.
import { KinesisError, type KinesisOperationHandler } from '../../simulator/api/KinesisError';

/** What the fake saw, so tests can assert on the exact input that crossed the wire. */
export interface FakeEndpointHandler {
  handler: KinesisOperationHandler;
  calls: { operation: string; input: Record<string, unknown> }[];
}

/**
 * A fake handler with CreateStream, ListStreams, PutRecord, GetRecords (ShardIterator = stream name), plus
 * `Explode` (throws a plain Error) and `FailInternally` (throws InternalFailure) to exercise error paths.
 * @example const fake = createFakeEndpointHandler({ now: () => 0 }); await fake.handler('ListStreams', {})
 */
export function createFakeEndpointHandler(options: { now: () => number }): FakeEndpointHandler {
  const streams = new Map<string, { data: string; partitionKey: string }[]>();
  const calls: FakeEndpointHandler['calls'] = [];

  function recordsOf(name: unknown) {
    const records = typeof name === 'string' ? streams.get(name) : undefined;
    if (!records) {
      throw new KinesisError(
        'ResourceNotFoundException',
        `Stream ${String(name)} under account 000000000000 not found.`,
      );
    }
    return records;
  }

  const handler: KinesisOperationHandler = async (operation, input) => {
    calls.push({ operation, input });
    switch (operation) {
      case 'CreateStream':
        if (typeof input.StreamName !== 'string')
          throw new KinesisError('ValidationException', 'StreamName is required.');
        streams.set(input.StreamName, []);
        return undefined;
      case 'ListStreams':
        return { StreamNames: [...streams.keys()], HasMoreStreams: false };
      case 'PutRecord': {
        const records = recordsOf(input.StreamName);
        records.push({ data: String(input.Data), partitionKey: String(input.PartitionKey) });
        return { ShardId: 'shardId-000000000000', SequenceNumber: String(records.length) };
      }
      case 'GetRecords':
        // Data goes back as a Uint8Array and the timestamp as a Date, to check the wire encoding of both.
        return {
          Records: recordsOf(input.ShardIterator).map((record, index) => ({
            Data: new Uint8Array(Buffer.from(record.data, 'base64')),
            PartitionKey: record.partitionKey,
            SequenceNumber: String(index + 1),
            ApproximateArrivalTimestamp: new Date(options.now()),
          })),
          MillisBehindLatest: 0,
        };
      case 'Explode':
        throw new Error('the fake engine fell over');
      case 'FailInternally':
        throw new KinesisError('InternalFailure', 'Internal service failure.');
      default:
        throw new KinesisError('UnknownOperationException', `Operation ${operation} is not supported.`);
    }
  };
  return { handler, calls };
}

// loadHandler's tests load this file in place of simulator/api/createEndpointHandler.ts, whose export name it mirrors.
export function createEndpointHandler(options: { now: () => number }): KinesisOperationHandler {
  return createFakeEndpointHandler(options).handler;
}
