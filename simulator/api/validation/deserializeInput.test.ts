// Wrong JSON types, through the public validateInput: AWS stops at the first one, before any constraint.
import { describe, expect, it } from 'vitest';
import { rejection } from './rejection.testing';
import { parseInput } from './validateInput';

const serialization = (message: string) => ({ name: 'SerializationException', message });

describe('SerializationException for wrong JSON types', () => {
  const NUMBER = 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber';

  it.each([
    [{ StreamName: true }, 'class java.lang.Boolean can not be converted to an String'],
    [{ StreamName: 23 }, `${NUMBER} can not be converted to an String`],
    [{ StreamName: 34.56 }, `${NUMBER} can not be converted to an String`],
    [{ StreamName: [] }, 'Start of list found where not expected'],
    [{ StreamName: {} }, 'Start of structure or map found where not expected.'],
    [{ StreamName: 's', ShardCount: '23' }, 'class java.lang.String can not be converted to an Integer'],
    [{ StreamName: 's', ShardCount: true }, 'class java.lang.Boolean can not be converted to an Integer'],
    [{ StreamName: 's', ShardCount: [] }, 'Start of list found where not expected'],
    [{ StreamName: 's', ShardCount: {} }, 'Start of structure or map found where not expected.'],
    [{ StreamName: 's', Tags: '23' }, 'Expected map or null'],
    [{ StreamName: 's', Tags: 23 }, 'Expected map or null'],
    [{ StreamName: 's', Tags: [] }, 'Start of list found where not expected'],
    [{ StreamName: 's', Tags: { team: 1 } }, `${NUMBER} can not be converted to an String`],
    [{ StreamName: 's', StreamModeDetails: 'ON_DEMAND' }, 'Expected null'],
    [{ StreamName: 's', StreamModeDetails: [] }, 'Start of list found where not expected'],
  ])('CreateStream %j → %s', (input, message) => {
    expect(rejection('CreateStream', input)).toEqual(serialization(message));
  });

  it.each([
    [true, 'class java.lang.Boolean can not be converted to a Blob'],
    [23, `${NUMBER} can not be converted to a Blob`],
    [[], 'Start of list found where not expected'],
    [{}, 'Start of structure or map found where not expected.'],
    [
      '23456',
      "'23456' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 5",
    ],
    ['=+/=', "'=+/=' can not be converted to a Blob: Invalid Base64 character: '='"],
    ['aGk!', "'aGk!' can not be converted to a Blob: Invalid Base64 character: '!'"],
    ['+/+=', "'+/+=' can not be converted to a Blob: Invalid last non-pad Base64 character dectected"],
  ])('PutRecord Data %j → %s', (data, message) => {
    expect(rejection('PutRecord', { StreamName: 's', PartitionKey: 'k', Data: data })).toEqual(serialization(message));
  });

  it.each([
    [{ StreamName: 's', Records: '23' }, 'Expected list or null'],
    [{ StreamName: 's', Records: {} }, 'Start of structure or map found where not expected.'],
    [{ StreamName: 's', Records: ['23'] }, 'Expected null'],
    [{ StreamName: 's', Records: [[]] }, 'Start of list found where not expected'],
    [{ StreamName: 's', Records: [{ PartitionKey: 5, Data: '' }] }, `${NUMBER} can not be converted to an String`],
  ])('PutRecords %j → %s', (input, message) => {
    expect(rejection('PutRecords', input)).toEqual(serialization(message));
  });

  it('timestamps are epoch seconds; booleans accept "true"/"false" only', () => {
    expect(rejection('ListShards', { StreamName: 's', StreamCreationTimestamp: '2024-01-01' })).toEqual(
      serialization('class java.lang.String can not be converted to milliseconds since epoch'),
    );
    expect(rejection('DeleteStream', { StreamName: 's', EnforceConsumerDeletion: 'yes' })).toEqual(
      serialization("'YES' can not be converted to an Boolean"),
    );
    expect(rejection('DeleteStream', { StreamName: 's', EnforceConsumerDeletion: 1 })).toEqual(
      serialization(`${NUMBER} can not be converted to an Boolean`),
    );
    expect(parseInput('DeleteStream', { StreamName: 's', EnforceConsumerDeletion: 'True' })).toEqual({
      StreamName: 's',
      EnforceConsumerDeletion: true,
    });
  });

  it('stops at the first type error, before any constraint is checked', () => {
    expect(rejection('CreateStream', { StreamName: '', ShardCount: 'two' })).toEqual(
      serialization('class java.lang.String can not be converted to an Integer'),
    );
  });

  it('rejects a body that is not a JSON object', () => {
    expect(rejection('ListStreams', [])).toEqual(serialization('Start of list found where not expected'));
    expect(rejection('ListStreams', 'ListStreams')).toEqual(serialization(''));
    expect(rejection('ListStreams', null)).toEqual(serialization(''));
  });
});
