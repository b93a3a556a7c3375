import { describe, expect, it } from 'vitest';
import { advance } from '../../engine/advance';
import { createFunction } from '../../engine/lambda/functions';
import { createSimulation } from '../../engine/createSimulation';
import { registerConsumer } from '../../engine/streamSettings';
import { createStream } from '../../engine/streams';
import { createLambdaApi } from './createLambdaApi';

const ARN = 'arn:aws:kinesis:us-east-1:000000000000:stream/orders';

function setup() {
  const sim = createSimulation({ seed: 5 });
  createStream(sim, { name: 'orders', mode: 'PROVISIONED', shardCount: 1 });
  advance(sim, sim.now + 2_000);
  createFunction(sim, { name: 'enrich', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } });
  return { sim, lambda: createLambdaApi(sim) };
}

describe('Lambda event source mapping API', () => {
  it('creates, gets, updates, lists and deletes a mapping with AWS shapes', () => {
    const { sim, lambda } = setup();
    const created = lambda('CreateEventSourceMapping', {
      FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:enrich',
      EventSourceArn: ARN,
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:000000000000:dlq' } },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    }) as { UUID: string };
    expect(created).toEqual({
      UUID: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      ParallelizationFactor: 1,
      EventSourceArn: ARN,
      FunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:enrich',
      LastModified: 1_767_225_602,
      LastProcessingResult: 'No records processed',
      State: 'Creating',
      StateTransitionReason: 'USER_INITIATED',
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:000000000000:dlq' } },
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: -1,
      TumblingWindowInSeconds: 0,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    advance(sim, sim.now + 1_000);
    expect(lambda('GetEventSourceMapping', { UUID: created.UUID })).toMatchObject({ State: 'Enabled' });
    expect(
      lambda('UpdateEventSourceMapping', { UUID: created.UUID, ParallelizationFactor: 4, MaximumRetryAttempts: 3 }),
    ).toMatchObject({
      State: 'Updating',
      ParallelizationFactor: 4,
      MaximumRetryAttempts: 3,
      BisectBatchOnFunctionError: true,
    });
    expect(lambda('ListEventSourceMappings', { FunctionName: 'enrich' })).toEqual({
      EventSourceMappings: [expect.objectContaining({ UUID: created.UUID })],
    });
    expect(lambda('ListEventSourceMappings', { EventSourceArn: ARN, MaxItems: 1 })).toMatchObject({
      EventSourceMappings: [{ UUID: created.UUID }],
    });
    expect(lambda('DeleteEventSourceMapping', { UUID: created.UUID })).toMatchObject({ State: 'Deleting' });
    advance(sim, sim.now + 1_000);
    expect(() => lambda('GetEventSourceMapping', { UUID: created.UUID })).toThrow(
      expect.objectContaining({
        name: 'ResourceNotFoundException',
        message: 'The resource you requested does not exist.',
      }),
    );
  });

  it('rejects what Lambda rejects, in its words', () => {
    const { lambda } = setup();
    const create = (extra: object) => () =>
      lambda('CreateEventSourceMapping', {
        FunctionName: 'enrich',
        EventSourceArn: ARN,
        StartingPosition: 'LATEST',
        ...extra,
      });
    expect(create({ BatchSize: 0 })).toThrow(
      expect.objectContaining({
        name: 'InvalidParameterValueException',
        message:
          "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      }),
    );
    expect(create({ ParallelizationFactor: 11 })).toThrow("Value '11' at 'parallelizationFactor'");
    expect(create({ MaximumRecordAgeInSeconds: 604_801 })).toThrow('less than or equal to 604800');
    expect(create({ BatchSize: '10' })).toThrow(
      "Value '\"10\"' at 'batchSize' failed to satisfy constraint: Member must be an integer",
    );
    expect(create({ FunctionResponseTypes: ['Nope'] })).toThrow('enum value set: [ReportBatchItemFailures]');
    expect(create({ FunctionName: 'missing' })).toThrow(
      expect.objectContaining({
        name: 'ResourceNotFoundException',
        message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing',
      }),
    );
    expect(create({ EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/none' })).toThrow(
      expect.objectContaining({
        name: 'InvalidParameterValueException',
        message: 'Stream not found: arn:aws:kinesis:us-east-1:000000000000:stream/none',
      }),
    );
    expect(create({ EventSourceArn: 'arn:aws:sqs:us-east-1:000000000000:q' })).toThrow('Unrecognized event source');
    create({})();
    expect(create({})).toThrow(expect.objectContaining({ name: 'ResourceConflictException' }));
    expect(() => lambda('GetEventSourceMapping', {})).toThrow("Value null at 'uUID'");
  });

  it('maps a registered stream consumer by its ARN, and reports that ARN', () => {
    const { sim, lambda } = setup();
    const consumer = registerConsumer(sim, 'orders', 'enrich-efo');
    expect(consumer.arn).toBe(`${ARN}/consumer/enrich-efo:1767225602`);
    const create = (arn: string) =>
      lambda('CreateEventSourceMapping', {
        FunctionName: 'enrich',
        EventSourceArn: arn,
        StartingPosition: 'LATEST',
      }) as {
        UUID: string;
        EventSourceArn: string;
      };
    // A consumer ARN ends in its registration time: the name alone is not enough.
    expect(() => create(`${ARN}/consumer/enrich-efo:1767225601`)).toThrow(
      expect.objectContaining({
        name: 'InvalidParameterValueException',
        message: `Stream consumer not found: ${ARN}/consumer/enrich-efo:1767225601. Register it with RegisterStreamConsumer and use the ConsumerARN it returns.`,
      }),
    );
    const viaConsumer = create(consumer.arn);
    expect(viaConsumer.EventSourceArn).toBe(consumer.arn);
    expect(sim.lambda!.mappings[0]!.config).toMatchObject({ stream: 'orders', consumerName: 'enrich-efo' });
    // The stream itself is another event source: the same function may map it too.
    const viaStream = create(ARN);
    expect(() => create(consumer.arn)).toThrow(
      expect.objectContaining({
        name: 'ResourceConflictException',
        message: `The event source arn (" ${consumer.arn} ") and function (" enrich ") provided mapping already exists. Please update or delete the existing mapping with UUID ${viaConsumer.UUID}`,
      }),
    );
    expect(lambda('GetEventSourceMapping', { UUID: viaConsumer.UUID })).toMatchObject({
      EventSourceArn: consumer.arn,
    });
    const listed = (arn: string) =>
      (
        lambda('ListEventSourceMappings', { EventSourceArn: arn }) as { EventSourceMappings: { UUID: string }[] }
      ).EventSourceMappings.map((m) => m.UUID);
    expect(listed(consumer.arn)).toEqual([viaConsumer.UUID]);
    expect(listed(ARN)).toEqual([viaStream.UUID]);
  });
});
