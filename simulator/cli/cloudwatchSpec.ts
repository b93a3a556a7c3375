import type { CommandSpec } from './commandSpec';

const NAMESPACE_DOC = 'AWS/Kinesis (the only namespace the simulator records).';

/** `aws cloudwatch get-metric-statistics` and `list-metrics`, over the AWS/Kinesis metrics the engine records. */
export const CLOUDWATCH_COMMANDS: CommandSpec[] = [
  {
    service: 'cloudwatch',
    command: 'get-metric-statistics',
    summary:
      'Gets statistics (Sum, Average, Maximum, Minimum, SampleCount) of one metric per period; shard-level Kinesis metrics need enable-enhanced-monitoring first.',
    params: [
      { member: 'Namespace', type: 'string', required: true, doc: NAMESPACE_DOC },
      {
        member: 'MetricName',
        type: 'string',
        required: true,
        doc: 'IncomingRecords, IncomingBytes, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded …',
      },
      {
        member: 'Dimensions',
        type: 'structures',
        doc: 'Name=StreamName,Value=<stream> for the stream; add Name=ShardId,Value=<shard id> for one shard.',
      },
      {
        member: 'StartTime',
        type: 'timestamp',
        required: true,
        doc: 'ISO 8601 (2026-01-01T00:00:00Z) or epoch seconds.',
      },
      { member: 'EndTime', type: 'timestamp', required: true, doc: 'ISO 8601 or epoch seconds; after --start-time.' },
      {
        member: 'Period',
        type: 'integer',
        required: true,
        doc: 'Seconds per datapoint: 60 or a multiple of 60 (1, 5, 10 and 30 for the last 5 minutes).',
      },
      { member: 'Statistics', type: 'list', doc: 'One or more of Sum Average Maximum Minimum SampleCount.' },
      { member: 'Unit', type: 'string', doc: 'Count, Bytes or Milliseconds; other units return no datapoints.' },
    ],
  },
  {
    service: 'cloudwatch',
    command: 'list-metrics',
    summary: 'Lists the metrics with recorded data, with their dimensions.',
    params: [
      { member: 'Namespace', type: 'string', doc: NAMESPACE_DOC },
      { member: 'MetricName', type: 'string', doc: 'Only this metric.' },
      {
        member: 'Dimensions',
        type: 'structures',
        doc: 'Name=ShardId (any value) or Name=StreamName,Value=<stream>: only metrics with these dimensions.',
      },
    ],
  },
];
