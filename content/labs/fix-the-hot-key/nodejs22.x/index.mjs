import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';

const kinesis = new KinesisClient({ region: 'us-east-1' });
const STREAM_NAME = 'sensor-readings';
const SENSORS = 25;
const READINGS = 3000;
const BATCH_SIZE = 500; // the most PutRecords accepts in one call

// Every reading comes from plant 7, so the plant looked like a natural partition key.
const PARTITION_KEY = 'plant-7';

function reading(seq) {
  const sensor = `sensor-${String((seq % SENSORS) + 1).padStart(2, '0')}`;
  return { plant: 'plant-7', sensor, seq, celsius: 20 + (seq % 11) / 2 };
}

export const handler = async () => {
  const readings = Array.from({ length: READINGS }, (_, seq) => reading(seq));
  let failed = 0;
  for (let i = 0; i < readings.length; i += BATCH_SIZE) {
    const entries = readings.slice(i, i + BATCH_SIZE).map((r) => ({
      Data: new TextEncoder().encode(JSON.stringify(r)),
      PartitionKey: PARTITION_KEY,
    }));
    const response = await kinesis.send(new PutRecordsCommand({ StreamName: STREAM_NAME, Records: entries }));
    console.log(`batch ${i / BATCH_SIZE + 1}: ${entries.length} sent, FailedRecordCount ${response.FailedRecordCount}`);
    failed += response.FailedRecordCount ?? 0;
  }
  console.log(`done: ${READINGS - failed} of ${READINGS} readings accepted`);
  return { sent: READINGS, failed };
};
