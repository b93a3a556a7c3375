import { getRecords } from '../../engine/getRecords';
import { getShardIterator, type ShardIteratorType } from '../../engine/iterators';
import { putRecord, putRecords, type PutInput } from '../../engine/putRecords';
import type { SimState } from '../../engine/types';
import type { Materializer } from '../../engine/getRecords';
import { epochSeconds } from './describeShapes';
import { num, str, streamName, time, type Input } from './input';

function putInput(entry: Input): PutInput {
  const explicitHashKey = str(entry, 'ExplicitHashKey');
  return {
    data: str(entry, 'Data') ?? '',
    partitionKey: str(entry, 'PartitionKey')!,
    ...(explicitHashKey !== undefined ? { explicitHashKey } : {}),
  };
}

export function PutRecord(sim: SimState, input: Input) {
  const result = putRecord(sim, streamName(sim, input), putInput(input));
  return { ShardId: result.shardId, SequenceNumber: result.sequenceNumber, EncryptionType: 'NONE' };
}

export function PutRecords(sim: SimState, input: Input) {
  const entries = (input.Records as Input[]).map(putInput);
  const result = putRecords(sim, streamName(sim, input), entries);
  return {
    FailedRecordCount: result.failedRecordCount,
    Records: result.records.map((r) =>
      r.ok
        ? { SequenceNumber: r.sequenceNumber, ShardId: r.shardId }
        : { ErrorCode: r.errorCode, ErrorMessage: r.errorMessage },
    ),
    EncryptionType: 'NONE',
  };
}

export function GetShardIterator(sim: SimState, input: Input) {
  const iterator = getShardIterator(sim, {
    stream: streamName(sim, input),
    shardId: str(input, 'ShardId')!,
    type: str(input, 'ShardIteratorType') as ShardIteratorType,
    startingSequenceNumber: str(input, 'StartingSequenceNumber'),
    timestamp: time(input, 'Timestamp'),
  });
  return { ShardIterator: iterator };
}

export function createGetRecords(materialize?: Materializer) {
  return function GetRecords(sim: SimState, input: Input) {
    const result = getRecords(sim, str(input, 'ShardIterator')!, num(input, 'Limit'), materialize);
    return {
      Records: result.records.map((r) => ({
        SequenceNumber: r.sequenceNumber,
        ApproximateArrivalTimestamp: epochSeconds(r.arrival),
        Data: r.data,
        PartitionKey: r.partitionKey,
      })),
      NextShardIterator: result.nextShardIterator,
      MillisBehindLatest: result.millisBehindLatest,
      ...(result.childShards
        ? {
            ChildShards: result.childShards.map((c) => ({
              ShardId: c.shardId,
              ParentShards: c.parentShards,
              HashKeyRange: { StartingHashKey: c.hashKeyStart, EndingHashKey: c.hashKeyEnd },
            })),
          }
        : {}),
    };
  };
}
