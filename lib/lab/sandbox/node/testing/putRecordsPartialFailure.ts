import type { ApiCallResult } from '../../sandboxTypes';

/** The page's answer to a PutRecords of two records whose second was throttled (a partial failure). */
export const PUT_RECORDS_PARTIAL_FAILURE: ApiCallResult = {
  ok: true,
  output: {
    FailedRecordCount: 1,
    Records: [
      { SequenceNumber: '49546986683135544286507457936321625675700192471156785154', ShardId: 'shardId-000000000000' },
      {
        ErrorCode: 'ProvisionedThroughputExceededException',
        ErrorMessage: 'Rate exceeded for shard shardId-000000000001 in stream orders under account 123456789012.',
      },
    ],
  },
};
