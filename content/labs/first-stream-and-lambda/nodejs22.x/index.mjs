// Invoked by Lambda with a batch of Kinesis records (up to the mapping's batch size).
export const handler = async (event) => {
  console.log(`Received ${event.Records.length} record(s)`);
  for (const record of event.Records) {
    const { partitionKey, sequenceNumber, data } = record.kinesis;
    // `data` is the record's payload, base64-encoded.
    console.log(partitionKey, sequenceNumber, data);
  }
  return { batchItemFailures: [] };
};
