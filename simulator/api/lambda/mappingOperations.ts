import { streamArn } from '../../engine/ids';
import {
  createEventSourceMapping,
  deleteEventSourceMapping,
  findMapping,
  updateEventSourceMapping,
  type MappingChanges,
} from '../../engine/lambda/eventSourceMappings';
import { functionArn } from '../../engine/lambda/lambdaEvent';
import { LambdaError, outOfRange } from '../../engine/lambda/lambdaErrors';
import type { EventSourceMapping, StartingPosition } from '../../engine/lambda/lambdaTypes';
import type { SimState } from '../../engine/types';
import type { EventSourceMappingConfiguration, ListEventSourceMappingsResponse } from './lambdaShapes';
import type { LambdaInput } from './readLambdaInput';

const FUNCTION_NAME =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;

/** The function name in a FunctionName member: a name, a function ARN or a partial ARN. */
function functionNameOf(value: string): string {
  const match = FUNCTION_NAME.exec(value);
  if (!match || value.length > 140)
    throw new LambdaError(
      'InvalidParameterValueException',
      `1 validation error detected: Value '${value}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`,
    );
  return match[7]!;
}

/** What an EventSourceArn names: a stream, or one of its registered consumers (enhanced fan-out). */
interface EventSource {
  stream: string;
  consumerName: string | null;
}

const EVENT_SOURCE =
  /^arn:aws:kinesis:([a-z0-9-]+):(\d{12}):stream\/([a-zA-Z0-9_.-]{1,128})(\/consumer\/([a-zA-Z0-9_.-]{1,128}):(\d+))?$/;

/**
 * The stream or stream consumer an EventSourceArn names, in this simulation's region and account. A
 * consumer ARN must be the exact one RegisterStreamConsumer returned (it ends in the registration time),
 * so a consumer registered again under the same name is a different event source.
 */
function eventSourceOf(sim: SimState, arn: string): EventSource {
  const match = EVENT_SOURCE.exec(arn);
  if (!match || match[1] !== sim.region || match[2] !== sim.account)
    throw new LambdaError(
      'InvalidParameterValueException',
      `Unrecognized event source, must be a Kinesis stream or stream consumer ARN in ${sim.region} of account ${sim.account}: ${arn}`,
    );
  const stream = match[3]!;
  if (match[4] === undefined) return { stream, consumerName: null };
  const consumer = sim.streams[stream]?.consumers.find((c) => c.arn === arn);
  if (!consumer)
    throw new LambdaError(
      'InvalidParameterValueException',
      `Stream consumer not found: ${arn}. Register it with RegisterStreamConsumer and use the ConsumerARN it returns.`,
    );
  return { stream, consumerName: consumer.name };
}

function responseTypes(input: LambdaInput): boolean | undefined {
  const value = input.raw('FunctionResponseTypes');
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > 1 || value.some((v) => v !== 'ReportBatchItemFailures'))
    throw new LambdaError(
      'InvalidParameterValueException',
      `1 validation error detected: Value '${JSON.stringify(value)}' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]`,
    );
  return value.length === 1;
}

function destination(input: LambdaInput): string | null | undefined {
  const value = input.raw('DestinationConfig') as { OnFailure?: { Destination?: unknown } } | undefined;
  if (value === undefined || value === null) return undefined;
  const arn = value.OnFailure?.Destination;
  if (arn === undefined || arn === null || arn === '') return null;
  if (typeof arn !== 'string')
    throw new LambdaError(
      'InvalidParameterValueException',
      'DestinationConfig.OnFailure.Destination must be a string.',
    );
  return arn;
}

/** The settings both Create and Update accept. */
function settings(input: LambdaInput): MappingChanges {
  const changes: MappingChanges = {
    batchSize: input.int('BatchSize'),
    maximumBatchingWindowInSeconds: input.int('MaximumBatchingWindowInSeconds'),
    parallelizationFactor: input.int('ParallelizationFactor'),
    bisectBatchOnFunctionError: input.boolean('BisectBatchOnFunctionError'),
    maximumRetryAttempts: input.int('MaximumRetryAttempts'),
    maximumRecordAgeInSeconds: input.int('MaximumRecordAgeInSeconds'),
    onFailure: destination(input),
    reportBatchItemFailures: responseTypes(input),
    enabled: input.boolean('Enabled'),
  };
  const tumbling = input.int('TumblingWindowInSeconds');
  if (tumbling !== undefined && tumbling !== 0)
    throw tumbling < 0 || tumbling > 900
      ? outOfRange('tumblingWindowInSeconds', tumbling, 0, 900)
      : new LambdaError('InvalidParameterValueException', 'TumblingWindowInSeconds is not modelled by this simulator.');
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as MappingChanges;
}

/** A mapping as GetEventSourceMapping returns it. */
export function describeMapping(sim: SimState, m: EventSourceMapping): EventSourceMappingConfiguration {
  const c = m.config;
  return {
    UUID: m.uuid,
    StartingPosition: c.startingPosition,
    ...(c.startingPositionTimestamp !== null && { StartingPositionTimestamp: c.startingPositionTimestamp / 1000 }),
    BatchSize: c.batchSize,
    MaximumBatchingWindowInSeconds: c.maximumBatchingWindowInSeconds,
    ParallelizationFactor: c.parallelizationFactor,
    EventSourceArn: m.consumerArn ?? streamArn(sim.region, sim.account, c.stream),
    FunctionArn: functionArn(sim.region, sim.account, c.functionName),
    LastModified: m.lastModified / 1000,
    LastProcessingResult: m.lastProcessingResult,
    State: m.state,
    StateTransitionReason: m.stateTransitionReason,
    DestinationConfig: { OnFailure: c.onFailure === null ? {} : { Destination: c.onFailure } },
    MaximumRecordAgeInSeconds: c.maximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: c.bisectBatchOnFunctionError,
    MaximumRetryAttempts: c.maximumRetryAttempts,
    TumblingWindowInSeconds: 0,
    FunctionResponseTypes: c.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
  };
}

export function CreateEventSourceMapping(sim: SimState, input: LambdaInput): EventSourceMappingConfiguration {
  const functionName = functionNameOf(input.required('FunctionName'));
  const source = eventSourceOf(sim, input.required('EventSourceArn'));
  const position = input.string('StartingPosition');
  if (position === undefined)
    throw new LambdaError('InvalidParameterValueException', 'StartingPosition is required for a Kinesis event source.');
  const timestamp = input.number('StartingPositionTimestamp');
  const mapping = createEventSourceMapping(sim, {
    ...settings(input),
    functionName,
    ...source,
    startingPosition: position as StartingPosition,
    startingPositionTimestamp: timestamp === undefined ? null : Math.round(timestamp * 1000),
  });
  return describeMapping(sim, mapping);
}

export function UpdateEventSourceMapping(sim: SimState, input: LambdaInput): EventSourceMappingConfiguration {
  const uuid = input.required('UUID');
  const name = input.string('FunctionName');
  const changes = { ...settings(input), ...(name !== undefined && { functionName: functionNameOf(name) }) };
  return describeMapping(sim, updateEventSourceMapping(sim, uuid, changes));
}

export function DeleteEventSourceMapping(sim: SimState, input: LambdaInput): EventSourceMappingConfiguration {
  return describeMapping(sim, deleteEventSourceMapping(sim, input.required('UUID')));
}

export function GetEventSourceMapping(sim: SimState, input: LambdaInput): EventSourceMappingConfiguration {
  return describeMapping(sim, findMapping(sim, input.required('UUID')));
}

/** A List filter: the stream, or the exact consumer ARN (which may since have been deregistered). */
function listedSource(sim: SimState, arn: string): { stream: string; consumerArn: string | null } {
  const match = EVENT_SOURCE.exec(arn);
  if (match?.[4] !== undefined) return { stream: match[3]!, consumerArn: arn };
  return { stream: eventSourceOf(sim, arn).stream, consumerArn: null };
}

export function ListEventSourceMappings(sim: SimState, input: LambdaInput): ListEventSourceMappingsResponse {
  const arn = input.string('EventSourceArn');
  const name = input.string('FunctionName');
  const source = arn === undefined ? undefined : listedSource(sim, arn);
  const functionName = name === undefined ? undefined : functionNameOf(name);
  const maxItems = input.int('MaxItems') ?? 100;
  if (maxItems < 1 || maxItems > 10_000) throw outOfRange('maxItems', maxItems, 1, 10_000);
  const start = Number(input.string('Marker') ?? '0');
  if (!Number.isInteger(start) || start < 0)
    throw new LambdaError('InvalidParameterValueException', 'The Marker is not one this API returned.');
  const all = (sim.lambda?.mappings ?? []).filter(
    (m) =>
      (source === undefined || (m.config.stream === source.stream && (m.consumerArn ?? null) === source.consumerArn)) &&
      (functionName === undefined || m.config.functionName === functionName),
  );
  const page = all.slice(start, start + maxItems).map((m) => describeMapping(sim, m));
  return {
    EventSourceMappings: page,
    ...(start + maxItems < all.length && { NextMarker: String(start + maxItems) }),
  };
}
