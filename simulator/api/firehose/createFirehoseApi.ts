import type { SimState } from '../../engine/types';
import { KinesisError, type KinesisOperationHandler } from '../KinesisError';
import { collectViolations } from '../validation/collectViolations';
import { validationMessage } from '../validation/constraintPhrases';
import { deserializeInput } from '../validation/deserializeInput';
import { FIREHOSE_SHAPES } from './firehoseShapes';
import {
  CreateDeliveryStream,
  DeleteDeliveryStream,
  DescribeDeliveryStream,
  ListDeliveryStreams,
  PutRecord,
  PutRecordBatch,
  UpdateDestination,
} from './firehoseOperations';
import { readShardlabModel, type ShardlabModel } from './readConfig';

type Operation = (sim: SimState, input: Record<string, unknown>, model: ShardlabModel) => unknown;

const OPERATIONS: Record<string, Operation> = {
  CreateDeliveryStream,
  DeleteDeliveryStream,
  DescribeDeliveryStream,
  ListDeliveryStreams,
  PutRecord,
  PutRecordBatch,
  UpdateDestination,
};

/** The Firehose operations the simulator serves. */
export const FIREHOSE_OPERATIONS = Object.keys(OPERATIONS);

/**
 * The Amazon Data Firehose API over a simulation: AWS operation names and request/response shapes,
 * requests checked against the API model first. Firehose has no operation that reads records back
 * (fact 33): data leaves only through its destination.
 * @example createFirehoseApi(sim)('PutRecord', { DeliveryStreamName: 'deliveries', Record: { Data: 'aGk=' } })
 */
export function createFirehoseApi(sim: SimState): KinesisOperationHandler {
  return (operation, input) => {
    const run = OPERATIONS[operation];
    const shape = FIREHOSE_SHAPES[operation];
    if (!run || !shape) throw new KinesisError('UnknownOperationException', '');
    const model = readShardlabModel((input as Record<string, unknown> | undefined)?.ShardlabModel);
    const request = deserializeInput(shape, input);
    const violations = collectViolations(shape, request);
    if (violations.length > 0) throw new KinesisError('ValidationException', validationMessage(violations));
    return run(sim, request, model);
  };
}
