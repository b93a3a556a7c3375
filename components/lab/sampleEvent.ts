import { textToBase64 } from '@/simulator/engine/base64';
import { buildKinesisEvent, executionRoleArn } from '@/simulator/engine/lambda/lambdaEvent';
import type { SimState } from '@/simulator/engine/types';

/**
 * A Kinesis test event for the editor's Test button, shaped exactly like the events the mapping sends
 * (fact 22): two records from a stream named `lab-stream`, with readable payloads.
 * @example JSON.stringify(sampleKinesisEvent(sim, 'lab-consumer'), null, 2)
 */
export function sampleKinesisEvent(sim: SimState, functionName: string) {
  const base = '49590338271490256608559692538361571095921575989136588898';
  return buildKinesisEvent(
    {
      shardId: 'shardId-000000000000',
      streamArn: `arn:aws:kinesis:${sim.region}:${sim.account}:stream/lab-stream`,
      region: sim.region,
      roleArn: executionRoleArn(sim.account, functionName),
    },
    ['test record one', 'test record two'].map((text, i) => ({
      sequenceNumber: `${base.slice(0, -1)}${i}`,
      partitionKey: `test-key-${i + 1}`,
      data: textToBase64(text),
      arrival: sim.now - 1000 + i,
    })),
  );
}
