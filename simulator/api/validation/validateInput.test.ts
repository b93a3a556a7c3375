import { describe, expect, it } from 'vitest';
import { parseInput, validateInput } from './validateInput';
import { rejection, validation, a129 } from './rejection.testing';

describe('validateInput: several errors (messages recorded from AWS by kinesalite)', () => {
  it('CreateStream: members in the order AWS reports them, pattern before length', () => {
    expect(rejection('CreateStream', { StreamName: '', ShardCount: 0 })).toEqual(
      validation(
        '3 validation errors detected: ' +
          "Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ),
    );
  });

  it('PutRecord with every member empty', () => {
    expect(
      rejection('PutRecord', {
        StreamName: '',
        PartitionKey: '',
        Data: '',
        ExplicitHashKey: '',
        SequenceNumberForOrdering: '',
      }),
    ).toEqual(
      validation(
        '5 validation errors detected: ' +
          "Value '' at 'sequenceNumberForOrdering' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128}); " +
          "Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value '' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38}); " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ),
    );
  });

  it('PutRecord with nothing: only PartitionKey and Data are required since StreamARN exists', () => {
    expect(rejection('PutRecord', {})).toEqual(
      validation(
        '2 validation errors detected: ' +
          "Value null at 'partitionKey' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'data' failed to satisfy constraint: Member must not be null",
      ),
    );
  });

  it('GetShardIterator with every member empty', () => {
    expect(
      rejection('GetShardIterator', { StreamName: '', ShardIteratorType: '', ShardId: '', StartingSequenceNumber: '' }),
    ).toEqual(
      validation(
        '6 validation errors detected: ' +
          "Value '' at 'shardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'shardId' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value '' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: " +
          '[AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]; ' +
          "Value '' at 'startingSequenceNumber' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128}); " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ),
    );
  });

  it('DescribeStream with values over their bounds', () => {
    expect(rejection('DescribeStream', { StreamName: a129, Limit: 100000, ExclusiveStartShardId: a129 })).toEqual(
      validation(
        '3 validation errors detected: ' +
          "Value '100000' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000; " +
          `Value '${a129}' at 'exclusiveStartShardId' failed to satisfy constraint: Member must have length less than or equal to 128; ` +
          `Value '${a129}' at 'streamName' failed to satisfy constraint: Member must have length less than or equal to 128`,
      ),
    );
  });

  it('SplitShard reports streamName between its own members', () => {
    expect(rejection('SplitShard', { StreamName: a129, ShardToSplit: a129, NewStartingHashKey: '0' })).toEqual(
      validation(
        '2 validation errors detected: ' +
          `Value '${a129}' at 'streamName' failed to satisfy constraint: Member must have length less than or equal to 128; ` +
          `Value '${a129}' at 'shardToSplit' failed to satisfy constraint: Member must have length less than or equal to 128`,
      ),
    );
  });

  it('AddTagsToStream with an empty map', () => {
    expect(rejection('AddTagsToStream', { StreamName: '', Tags: {} })).toEqual(
      validation(
        '3 validation errors detected: ' +
          "Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ),
    );
  });
});

describe('validateInput: PutRecords entries', () => {
  it('paths entries as records.<n>.member.<member>, 1-based, before streamName', () => {
    expect(
      rejection('PutRecords', { StreamName: '', Records: [{ PartitionKey: '', Data: '', ExplicitHashKey: '' }] }),
    ).toEqual(
      validation(
        '4 validation errors detected: ' +
          "Value '' at 'records.1.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value '' at 'records.1.member.explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38}); " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ),
    );
  });

  it('names a missing member of the second entry', () => {
    expect(
      rejection('PutRecords', { StreamName: 's', Records: [{ PartitionKey: 'a', Data: '' }, { Data: 'aGk=' }] }),
    ).toEqual(
      validation(
        "1 validation error detected: Value null at 'records.2.member.partitionKey' failed to satisfy constraint: " +
          'Member must not be null',
      ),
    );
  });

  it('reports at most 10 errors and prints entries as Java objects (recorded with 501 records)', () => {
    const records = Array.from({ length: 501 }, () => ({ PartitionKey: '', Data: '' }));
    const entries = Array.from({ length: 501 }, () => 'com.amazonaws.kinesis.v20131202.PutRecordsRequestEntry@2');
    const entryErrors = Array.from(
      { length: 9 },
      (_, i) =>
        `Value '' at 'records.${i + 1}.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1`,
    );
    expect(rejection('PutRecords', { StreamName: '', Records: records })).toEqual(
      validation(
        '10 validation errors detected: ' +
          `Value '[${entries.join(', ')}]' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500; ` +
          entryErrors.join('; '),
      ),
    );
  });

  it('accepts exactly 500 entries and rejects an empty list', () => {
    const records = Array.from({ length: 500 }, (_, i) => ({ PartitionKey: `k${i}`, Data: 'aGk=' }));
    expect(() => validateInput('PutRecords', { StreamName: 's', Records: records })).not.toThrow();
    expect(rejection('PutRecords', { StreamName: 's', Records: [] }).message).toBe(
      "1 validation error detected: Value '[]' at 'records' failed to satisfy constraint: " +
        'Member must have length greater than or equal to 1',
    );
  });

  it('reports a null entry like a missing member', () => {
    expect(rejection('PutRecords', { StreamName: 's', Records: [null] }).message).toBe(
      "1 validation error detected: Value null at 'records.1.member' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe('validateInput: what it leaves alone', () => {
  it('ignores unknown members and nulls, like AWS', () => {
    expect(parseInput('DescribeStreamSummary', { StreamName: 's', Bogus: { x: 1 }, StreamARN: null })).toEqual({
      StreamName: 's',
    });
  });

  it('treats a call without input as an empty request', () => {
    expect(parseInput('ListStreams', undefined)).toEqual({});
  });

  it('does not require StreamName where StreamARN may be given instead', () => {
    for (const operation of [
      'DeleteStream',
      'DescribeStream',
      'DescribeStreamSummary',
      'ListShards',
      'ListTagsForStream',
    ]) {
      expect(() => validateInput(operation, {})).not.toThrow();
    }
  });

  it('leaves state-dependent limits to the operations', () => {
    expect(() =>
      validateInput('IncreaseStreamRetentionPeriod', { StreamName: 's', RetentionPeriodHours: 100000 }),
    ).not.toThrow();
    expect(() =>
      validateInput('UpdateShardCount', { StreamName: 's', TargetShardCount: 100001, ScalingType: 'UNIFORM_SCALING' }),
    ).not.toThrow();
    expect(() =>
      validateInput('PutRecord', { StreamName: 's', PartitionKey: 'k', ExplicitHashKey: '9'.repeat(39), Data: '' }),
    ).not.toThrow();
  });

  it('answers an unknown operation with UnknownOperationException', () => {
    expect(rejection('SubscribeToStream', {})).toEqual({ name: 'UnknownOperationException', message: '' });
    expect(rejection('toString', {}).name).toBe('UnknownOperationException');
  });
});
