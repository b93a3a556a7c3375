import { describe, expect, it } from 'vitest';
import { runCli, type CliCaller } from '../../cli/runCli';
import { applyCommand } from '../../engine/commands';
import { createSimulation } from '../../engine/createSimulation';
import { callApi } from '../callApi';
import { zipPackage } from '../lambda/deploymentPackage';

const HANDLER = `export const handler = async (event) => ({
  records: event.records.map((r) => ({ recordId: r.recordId, result: 'Ok', data: r.data })),
});`;

/** Lab 3's create-delivery-stream, as the lab prints it (the JSON in single quotes). */
const CREATE = (functionArn: string) =>
  `aws firehose create-delivery-stream --delivery-stream-name readings-to-s3 --delivery-stream-type DirectPut \\
  --extended-s3-destination-configuration '{"BucketARN":"arn:aws:s3:::lab-readings-archive","RoleARN":"arn:aws:iam::000000000000:role/lab-firehose-role","BufferingHints":{"SizeInMBs":1,"IntervalInSeconds":15},"ProcessingConfiguration":{"Enabled":true,"Processors":[{"Type":"Lambda","Parameters":[{"ParameterName":"LambdaArn","ParameterValue":"${functionArn}"}]}]}}'`;
const ARN = 'arn:aws:lambda:us-east-1:000000000000:function:clean-readings';

function labConsole() {
  const sim = createSimulation({ seed: 3 });
  const files: Record<string, Uint8Array> = { 'function.zip': zipPackage({ 'index.mjs': HANDLER }) };
  const call: CliCaller = (service, operation, input) => callApi(sim, operation, input, service);
  const run = (line: string) => runCli(line, call, { readFile: (p) => files[p] ?? null, now: sim.now });
  const advance = (ms: number) => applyCommand(sim, { type: 'time/advance', until: sim.now + ms });
  return { sim, run, advance };
}

describe('a Lambda processor named by ARN from the AWS CLI', () => {
  it('configures the transform with the function and NumberOfRetries 3 when the function exists', () => {
    const { sim, run, advance } = labConsole();
    run(
      'aws lambda create-function --function-name clean-readings --runtime nodejs22.x --handler index.handler --role arn:aws:iam::000000000000:role/lab-lambda-role --zip-file fileb://function.zip',
    );
    advance(1000);
    const created = run(CREATE(ARN));
    expect(created.exitCode).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({
      DeliveryStreamARN: 'arn:aws:firehose:us-east-1:000000000000:deliverystream/readings-to-s3',
    });
    const config = sim.firehose!.deliveryStreams['readings-to-s3']!.config;
    expect(config.arns?.lambda).toBe(ARN);
    expect(config.transform?.retries).toBe(3);
    expect(config.buffering).toEqual({ sizeMiB: 1, intervalSeconds: 15 });
    const described = run(
      'aws firehose describe-delivery-stream --delivery-stream-name readings-to-s3 --query "DeliveryStreamDescription.Destinations[0].ExtendedS3DestinationDescription.ProcessingConfiguration.Processors[0].Parameters[].ParameterValue" --output text',
    );
    expect(described.stdout).toBe(`${ARN}\t3\n`);
  });

  it('refuses a LambdaArn whose function does not exist, or that is not a function ARN of this account', () => {
    const { sim, run } = labConsole();
    const missing = run(CREATE(ARN));
    expect(missing.exitCode).toBe(254);
    expect(missing.stderr).toContain(
      'An error occurred (InvalidArgumentException) when calling the CreateDeliveryStream operation: The Lambda function clean-readings in LambdaArn does not exist. Create the function first, then point the Firehose stream at it.',
    );
    const wrong = run(CREATE('arn:aws:lambda:eu-west-1:000000000000:function:clean-readings'));
    expect(wrong.stderr).toContain(
      'LambdaArn arn:aws:lambda:eu-west-1:000000000000:function:clean-readings is not a Lambda function ARN in this account and Region: use arn:aws:lambda:us-east-1:000000000000:function:<name>.',
    );
    expect(sim.firehose?.deliveryStreams ?? {}).toEqual({});
  });

  it('checks the function on UpdateDestination too', () => {
    const { sim, run, advance } = labConsole();
    run(
      `aws firehose create-delivery-stream --delivery-stream-name plain --extended-s3-destination-configuration '{"BucketARN":"arn:aws:s3:::plain-archive","RoleARN":"arn:aws:iam::000000000000:role/f"}'`,
    );
    advance(2000);
    expect(() =>
      callApi(
        sim,
        'UpdateDestination',
        {
          DeliveryStreamName: 'plain',
          CurrentDeliveryStreamVersionId: '1',
          DestinationId: 'destinationId-000000000001',
          ExtendedS3DestinationUpdate: {
            ProcessingConfiguration: {
              Enabled: true,
              Processors: [{ Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: ARN }] }],
            },
          },
        },
        'firehose',
      ),
    ).toThrow('The Lambda function clean-readings in LambdaArn does not exist.');
  });
});
