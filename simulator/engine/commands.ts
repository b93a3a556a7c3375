import { KinesisError } from './errors';
import { applyFirehoseTransformCommand, type FirehoseTransformCommand } from './firehose/codeTransforms';
import { createBucket } from './firehose/firehoseState';
import { advance } from './advance';
import { addConsumerApp, removeConsumerApp, updateConsumerApp } from './consumers';
import type { ConsumerAppConfig } from './consumerTypes';
import { createSimulation, type SimulationOptions } from './createSimulation';
import { applyLambdaCommand, isLambdaCommand, type LambdaCommand } from './lambda/lambdaCommands';
import { addProducer, removeProducer, updateProducer } from './producers';
import type { ProducerChanges, ProducerConfig } from './producerTypes';
import type { SimState } from './types';

/**
 * Everything that can change a simulation, as plain data (imperative names: `producer/add`). A scenario
 * is options plus a command log; replaying the log gives the same state every time.
 */
export type SimCommand =
  | { type: 'time/advance'; until: number }
  /** A marker in the log that changes nothing: a lab notes where a producer run starts, for its checks. */
  | { type: 'note'; text: string }
  | { type: 'producer/add'; config: ProducerConfig }
  | { type: 'producer/update'; id: string; changes: ProducerChanges }
  | { type: 'producer/remove'; id: string }
  | { type: 'consumer/add'; config: ConsumerAppConfig }
  | { type: 'consumer/update'; name: string; changes: Partial<Omit<ConsumerAppConfig, 'name' | 'stream'>> }
  | { type: 'consumer/remove'; name: string }
  /** A Kinesis API call, executed by the API layer (see api/applyApiCommand). */
  | { type: 'api/call'; operation: string; input: Record<string, unknown> }
  /** An Amazon Data Firehose API call (CreateDeliveryStream, PutRecordBatch, …), by api/firehose. */
  | { type: 'firehose/call'; operation: string; input: Record<string, unknown> }
  /** An empty S3 bucket for Firehose to deliver to (the simulator's S3 is only these buckets). */
  | { type: 's3/createBucket'; name: string }
  /** A Lambda API call (the event source mapping operations), by api/lambda. */
  | { type: 'lambda/call'; operation: string; input: Record<string, unknown> }
  /** A CloudWatch Logs call (reading a function's log group), by api/logs. */
  | { type: 'logs/call'; operation: string; input: Record<string, unknown> }
  /** A CloudWatch metrics call (GetMetricStatistics on AWS/Kinesis), by api/cloudwatch. */
  | { type: 'cloudwatch/call'; operation: string; input: Record<string, unknown> }
  /** Lambda functions and event source mappings (`lambda/createFunction`, `lambda/createMapping`, …). */
  | LambdaCommand
  /** A lab's sandbox reports what a Firehose transform function with code returned. */
  | FirehoseTransformCommand;

export type ApiCaller = (
  sim: SimState,
  operation: string,
  input: Record<string, unknown>,
  /** Which API: Kinesis Data Streams unless a `firehose/call` or `lambda/call` says otherwise. */
  service?: 'kinesis' | 'firehose' | 'lambda' | 'logs' | 'cloudwatch',
) => unknown;

/**
 * Applies one command. API calls need the API layer, passed in so the engine does not depend on it.
 * @example applyCommand(sim, { type: 'time/advance', until: sim.now + 1000 })
 */
export function applyCommand(state: SimState, command: SimCommand, callApi?: ApiCaller): unknown {
  if (command.type === 'lambda/call') {
    if (!callApi) throw new KinesisError('InternalFailure', 'API commands need the API layer to replay them.');
    return callApi(state, command.operation, command.input, 'lambda');
  }
  if (command.type === 'logs/call' || command.type === 'cloudwatch/call') {
    if (!callApi) throw new KinesisError('InternalFailure', 'API commands need the API layer to replay them.');
    return callApi(state, command.operation, command.input, command.type === 'logs/call' ? 'logs' : 'cloudwatch');
  }
  if (isLambdaCommand(command)) return applyLambdaCommand(state, command);
  switch (command.type) {
    case 'time/advance':
      return advance(state, command.until);
    case 'note':
      return undefined;
    case 'producer/add':
      return addProducer(state, command.config);
    case 'producer/update':
      return updateProducer(state, command.id, command.changes);
    case 'producer/remove':
      return removeProducer(state, command.id);
    case 'consumer/add':
      return addConsumerApp(state, command.config);
    case 'consumer/update':
      return updateConsumerApp(state, command.name, command.changes);
    case 'consumer/remove':
      return removeConsumerApp(state, command.name);
    case 'api/call':
      if (!callApi) throw new KinesisError('InternalFailure', 'API commands need the API layer to replay them.');
      return callApi(state, command.operation, command.input);
    case 's3/createBucket':
      return createBucket(state, command.name);
    case 'firehose/completeTransform':
      return applyFirehoseTransformCommand(state, command);
    case 'firehose/call':
      if (!callApi) throw new KinesisError('InternalFailure', 'API commands need the API layer to replay them.');
      return callApi(state, command.operation, command.input, 'firehose');
  }
}

/**
 * Builds a simulation from options and a command log. A command that fails (an API error, say) is part
 * of the history too: its error is recorded in the result, and replay continues.
 */
export function replay(
  options: SimulationOptions,
  commands: SimCommand[],
  callApi?: ApiCaller,
): { sim: SimState; errors: { index: number; name: string; message: string }[] } {
  const sim = createSimulation(options);
  const errors: { index: number; name: string; message: string }[] = [];
  commands.forEach((command, index) => {
    try {
      applyCommand(sim, command, callApi);
    } catch (error) {
      if (!(error instanceof KinesisError)) throw error;
      errors.push({ index, name: error.name, message: error.message });
    }
  });
  return { sim, errors };
}
