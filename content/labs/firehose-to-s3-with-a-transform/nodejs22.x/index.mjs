// Invoked by Firehose with a batch of buffered records. Every record must come back with its recordId,
// a result (Ok, Dropped or ProcessingFailed) and, for Ok, the data to deliver, base64-encoded.
export const handler = async (event) => {
  console.log(`Transforming ${event.records.length} record(s)`);
  const records = event.records.map((record) => ({
    recordId: record.recordId,
    result: 'Ok',
    data: record.data,
  }));
  return { records };
};
