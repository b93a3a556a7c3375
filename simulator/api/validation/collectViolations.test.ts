// Each kind of constraint, one error at a time, through the public validateInput.
import { describe, expect, it } from 'vitest';
import { parseInput, validateInput } from './validateInput';
import { rejection, validation, a129 } from './rejection.testing';

const StreamARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';

describe('constraint messages', () => {
  it('names a missing required member with Value null', () => {
    expect(rejection('CreateStream', {})).toEqual(
      validation(
        "1 validation error detected: Value null at 'streamName' failed to satisfy constraint: Member must not be null",
      ),
    );
  });

  it('prints a too-long string and the upper length bound', () => {
    const key = 'k'.repeat(257);
    expect(rejection('PutRecord', { StreamName: 'orders', PartitionKey: key, Data: '' })).toEqual(
      validation(
        `1 validation error detected: Value '${key}' at 'partitionKey' failed to satisfy constraint: ` +
          'Member must have length less than or equal to 256',
      ),
    );
  });

  it('prints the lower length bound', () => {
    expect(rejection('GetRecords', { ShardIterator: '' })).toEqual(
      validation(
        "1 validation error detected: Value '' at 'shardIterator' failed to satisfy constraint: " +
          'Member must have length greater than or equal to 1',
      ),
    );
  });

  it('prints the Java pattern verbatim', () => {
    expect(rejection('DescribeStreamSummary', { StreamARN: 'arn:aws:kinesis:us-east-1:12:stream/x' })).toEqual(
      validation(
        "1 validation error detected: Value 'arn:aws:kinesis:us-east-1:12:stream/x' at 'streamARN' failed to satisfy " +
          'constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+',
      ),
    );
  });

  it('quotes numbers and prints value bounds', () => {
    expect(rejection('UpdateMaxRecordSize', { StreamARN, MaxRecordSizeInKiB: 10241 })).toEqual(
      validation(
        "1 validation error detected: Value '10241' at 'maxRecordSizeInKiB' failed to satisfy constraint: " +
          'Member must have value less than or equal to 10240',
      ),
    );
    expect(rejection('UpdateMaxRecordSize', { StreamARN, MaxRecordSizeInKiB: 1023 })).toEqual(
      validation(
        "1 validation error detected: Value '1023' at 'maxRecordSizeInKiB' failed to satisfy constraint: " +
          'Member must have value greater than or equal to 1024',
      ),
    );
  });

  it('reads integers as AWS does: truncated toward zero, saturated to 32 bits', () => {
    expect(rejection('CreateStream', { StreamName: 'orders', ShardCount: 0.9 }).message).toBe(
      "1 validation error detected: Value '0' at 'shardCount' failed to satisfy constraint: " +
        'Member must have value greater than or equal to 1',
    );
    expect(rejection('ListStreams', { Limit: 1e12 }).message).toBe(
      "1 validation error detected: Value '2147483647' at 'limit' failed to satisfy constraint: " +
        'Member must have value less than or equal to 10000',
    );
    expect(parseInput('CreateStream', { StreamName: 'orders', ShardCount: 2.7 })).toEqual({
      StreamName: 'orders',
      ShardCount: 2,
    });
  });

  it('lists the ShardIteratorType enum in the order AWS prints it', () => {
    expect(
      rejection('GetShardIterator', { StreamName: 's', ShardId: 'shardId-000000000000', ShardIteratorType: 'OLDEST' }),
    ).toEqual(
      validation(
        "1 validation error detected: Value 'OLDEST' at 'shardIteratorType' failed to satisfy constraint: " +
          'Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]',
      ),
    );
  });

  it('paths into nested structures (StreamMode)', () => {
    expect(rejection('UpdateStreamMode', { StreamARN, StreamModeDetails: { StreamMode: 'SERVERLESS' } })).toEqual(
      validation(
        "1 validation error detected: Value 'SERVERLESS' at 'streamModeDetails.streamMode' failed to satisfy constraint: " +
          'Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]',
      ),
    );
    expect(rejection('CreateStream', { StreamName: 'orders', StreamModeDetails: {} }).message).toBe(
      "1 validation error detected: Value null at 'streamModeDetails.streamMode' failed to satisfy constraint: " +
        'Member must not be null',
    );
  });

  it('judges a list of enums as a whole', () => {
    expect(
      rejection('EnableEnhancedMonitoring', { StreamName: 's', ShardLevelMetrics: ['IncomingBytes', 'Latency'] }),
    ).toEqual(
      validation(
        "1 validation error detected: Value '[IncomingBytes, Latency]' at 'shardLevelMetrics' failed to satisfy " +
          'constraint: Member must satisfy constraint: [Member must satisfy enum value set: [IncomingBytes, ' +
          'IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ' +
          'ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, ALL]]',
      ),
    );
  });

  it('judges a list of strings as a whole (recorded by kinesalite)', () => {
    expect(rejection('RemoveTagsFromStream', { StreamName: 's', TagKeys: ['a', a129, 'b'] })).toEqual(
      validation(
        `1 validation error detected: Value '[a, ${a129}, b]' at 'tagKeys' failed to satisfy constraint: ` +
          'Member must satisfy constraint: [Member must have length less than or equal to 128, ' +
          'Member must have length greater than or equal to 1]',
      ),
    );
  });

  it('checks list sizes, printing the list', () => {
    const keys = Array.from({ length: 51 }, (_, i) => `k${i + 1}`);
    expect(rejection('RemoveTagsFromStream', { StreamName: 's', TagKeys: keys })).toEqual(
      validation(
        `1 validation error detected: Value '[${keys.join(', ')}]' at 'tagKeys' failed to satisfy constraint: ` +
          'Member must have length less than or equal to 50',
      ),
    );
    expect(rejection('EnableEnhancedMonitoring', { StreamName: 's', ShardLevelMetrics: [] }).message).toBe(
      "1 validation error detected: Value '[]' at 'shardLevelMetrics' failed to satisfy constraint: " +
        'Member must have length greater than or equal to 1',
    );
  });

  it('judges map keys and map values, printing the map as {k=v}', () => {
    expect(rejection('AddTagsToStream', { StreamName: 's', Tags: { team: 'v'.repeat(257), '': 'x' } })).toEqual(
      validation(
        `2 validation errors detected: Value '{team=${'v'.repeat(257)}, =x}' at 'tags' failed to satisfy constraint: ` +
          'Map keys must satisfy constraint: [Member must have length less than or equal to 128, ' +
          `Member must have length greater than or equal to 1]; Value '{team=${'v'.repeat(257)}, =x}' at 'tags' ` +
          'failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or ' +
          'equal to 256, Member must have length greater than or equal to 0]',
      ),
    );
  });

  it('measures blobs in decoded bytes and prints them as a HeapByteBuffer', () => {
    // 10485761 bytes (one over the model's 10 MiB): 3495254 groups, the last with one pad.
    const data = `${'A'.repeat(13981015)}=`;
    expect(rejection('PutRecord', { StreamName: 's', PartitionKey: 'k', Data: data })).toEqual(
      validation(
        "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=10485761 cap=10485761]' at 'data' " +
          'failed to satisfy constraint: Member must have length less than or equal to 10485760',
      ),
    );
    // Exactly 10 MiB is within the model; the stream's own maximum is the operation's business.
    expect(() =>
      validateInput('PutRecord', { StreamName: 's', PartitionKey: 'k', Data: `${'A'.repeat(13981014)}==` }),
    ).not.toThrow();
  });
});
