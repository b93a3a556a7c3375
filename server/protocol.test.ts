import { describe, expect, it } from 'vitest';
import {
  ProtocolError,
  checkContentType,
  errorBody,
  httpStatusFor,
  operationFromTarget,
  targetOf,
  parseInput,
  serializeOutput,
} from './protocol';

function thrown(action: () => unknown): ProtocolError {
  try {
    action();
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error('expected a ProtocolError, but nothing was thrown');
}

describe('operationFromTarget', () => {
  it('reads the operation after the Kinesis prefix', () => {
    expect(operationFromTarget('Kinesis_20131202.PutRecords')).toBe('PutRecords');
  });

  it('serves Firehose targets from the same endpoint', () => {
    expect(targetOf('Firehose_20150804.PutRecordBatch')).toEqual({ service: 'firehose', operation: 'PutRecordBatch' });
    expect(targetOf('Kinesis_20131202.PutRecord')).toEqual({ service: 'kinesis', operation: 'PutRecord' });
    expect(thrown(() => targetOf('Firehose_20150804.put-record')).message).toMatch(
      /names no Firehose operation.*"Firehose_20150804\.ListDeliveryStreams"/,
    );
  });

  it.each([
    [undefined, /no X-Amz-Target header/],
    ['  ', /no X-Amz-Target header/],
    [
      'DynamoDB_20120810.ListTables',
      /not a Kinesis Data Streams or Firehose operation.*Kinesis_20131202\..*Firehose_20150804\./,
    ],
    ['Kinesis_20131202.', /names no Kinesis operation/],
    ['Kinesis_20131202.list-streams', /PascalCase name, e\.g\. "Kinesis_20131202\.ListStreams"/],
    ['Kinesis_20131202.SubscribeToShard', /HTTP\/2 event stream.*GetRecords/],
  ])('rejects %j as UnknownOperationException (400)', (target, message) => {
    const error = thrown(() => operationFromTarget(target));
    expect(error.name).toBe('UnknownOperationException');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });
});

describe('checkContentType', () => {
  it.each([undefined, 'application/x-amz-json-1.1', 'application/x-amz-json-1.1; charset=utf-8', 'application/json'])(
    'accepts %j',
    (contentType) => {
      expect(() => checkContentType(contentType)).not.toThrow();
    },
  );

  it('refuses CBOR with 415 and says how to turn it off in the Java SDK and KCL', () => {
    const error = thrown(() => checkContentType('application/x-amz-cbor-1.1'));
    expect(error.name).toBe('UnsupportedMediaTypeException');
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/AWS_CBOR_DISABLE=true/);
  });

  it('refuses a form post with the header to send instead', () => {
    const error = thrown(() => checkContentType('application/x-www-form-urlencoded'));
    expect(error.message).toMatch(/Content-Type: application\/x-amz-json-1\.1/);
  });
});

describe('parseInput', () => {
  it('returns the JSON object', () => {
    expect(parseInput('{"StreamName":"demo","ShardCount":2}')).toEqual({ StreamName: 'demo', ShardCount: 2 });
  });

  it.each([
    ['', /body is empty.*\{\}/],
    ['{"StreamName": ', /not valid JSON \(.+\)\. Send a JSON object/],
    ['[1,2]', /must be a JSON object.*it is an array/],
    ['null', /it is null/],
    ['"demo"', /it is a string/],
  ])('rejects %j as SerializationException', (body, message) => {
    const error = thrown(() => parseInput(body));
    expect(error.name).toBe('SerializationException');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });
});

describe('serializeOutput', () => {
  it('answers {} for an operation without output', () => {
    expect(serializeOutput(undefined)).toBe('{}');
  });

  it('puts blobs on the wire as base64 and timestamps as epoch seconds, however deep', () => {
    const output = {
      Records: [
        { Data: new Uint8Array([0, 1, 2, 253, 254, 255]), ApproximateArrivalTimestamp: new Date(1_700_000_000_123) },
      ],
      Subarray: new Uint8Array([9, 104, 105, 9]).subarray(1, 3),
    };
    expect(JSON.parse(serializeOutput(output))).toEqual({
      Records: [{ Data: 'AAEC/f7/', ApproximateArrivalTimestamp: 1_700_000_000.123 }],
      Subarray: 'aGk=',
    });
  });

  it.each([[null], [[1]], ['text'], [42]])('treats %j from the handler as a bug', (output) => {
    expect(() => serializeOutput(output)).toThrow(/must return an object or undefined/);
  });
});

describe('errors on the wire', () => {
  it('uses the __type/message shape of AWS JSON 1.1', () => {
    expect(JSON.parse(errorBody('ResourceNotFoundException', 'Stream demo not found.'))).toEqual({
      __type: 'ResourceNotFoundException',
      message: 'Stream demo not found.',
    });
  });

  it('sends 500 for InternalFailure, so clients retry it, and 400 for Kinesis errors', () => {
    expect(httpStatusFor('InternalFailure')).toBe(500);
    expect(httpStatusFor('ProvisionedThroughputExceededException')).toBe(400);
    expect(httpStatusFor('RequestEntityTooLargeException')).toBe(413);
  });
});
