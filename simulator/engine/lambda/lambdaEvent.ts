/** One record of the event Lambda passes to a function for a Kinesis batch (fact 22). */
export interface KinesisEventRecord {
  kinesis: {
    kinesisSchemaVersion: '1.0';
    partitionKey: string;
    sequenceNumber: string;
    /** Base64, as GetRecords returns it. */
    data: string;
    /** Epoch seconds with a fraction (Firehose's transformation events use milliseconds instead). */
    approximateArrivalTimestamp: number;
  };
  eventSource: 'aws:kinesis';
  eventVersion: '1.0';
  eventID: string;
  eventName: 'aws:kinesis:record';
  invokeIdentityArn: string;
  awsRegion: string;
  eventSourceARN: string;
}

export interface KinesisEvent {
  Records: KinesisEventRecord[];
}

export interface EventContext {
  shardId: string;
  streamArn: string;
  region: string;
  /** The function's execution role. */
  roleArn: string;
}

/**
 * The event Lambda invokes a function with for a batch of one shard's records.
 * @example buildKinesisEvent(ctx, [{ sequenceNumber, partitionKey: 'k', data: 'aGk=', arrival: 1767225600123 }])
 */
export function buildKinesisEvent(
  context: EventContext,
  records: { sequenceNumber: string; partitionKey: string; data: string; arrival: number }[],
): KinesisEvent {
  return {
    Records: records.map((r) => ({
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: r.partitionKey,
        sequenceNumber: r.sequenceNumber,
        data: r.data,
        approximateArrivalTimestamp: r.arrival / 1000,
      },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `${context.shardId}:${r.sequenceNumber}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: context.roleArn,
      awsRegion: context.region,
      eventSourceARN: context.streamArn,
    })),
  };
}

/** @example functionArn('us-east-1', '000000000000', 'enrich') // 'arn:aws:lambda:us-east-1:000000000000:function:enrich' */
export function functionArn(region: string, account: string, name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:${name}`;
}

/** The execution role the simulator gives every function (invokeIdentityArn). */
export function executionRoleArn(account: string, functionName: string): string {
  return `arn:aws:iam::${account}:role/${functionName}-role`;
}
