import { StreamArchitecture } from './StreamArchitecture';

/** IoT telemetry: many devices keyed by device id, Lambda or Flink alerts, and a Firehose archive. */
export function IotTelemetryArchitectureDiagram() {
  return (
    <StreamArchitecture
      id="architectures-iot-telemetry"
      title="IoT telemetry architecture"
      desc="Thousands of sensors send readings into a Kinesis data stream keyed by device id. A Lambda function checks single readings against thresholds, a Managed Service for Apache Flink application evaluates rules over time windows, and Amazon Data Firehose archives every reading to S3."
      caption="IoT telemetry: one key per device; alerts from Lambda or Flink; every reading archived by Firehose."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service and a thin dashed outline marks your
            code or another AWS service.
          </p>
          <p>
            Devices, tens of thousands of sensors, send readings to Kinesis Data Streams, using the device id as the
            partition key so each device&apos;s readings stay in order. Three readers consume the stream: an AWS Lambda
            function applies per-reading rules, such as a temperature over a threshold, and raises alerts; an Amazon
            Managed Service for Apache Flink application applies rules over time windows, such as a rising trend across
            five minutes, and also raises alerts; Amazon Data Firehose archives every reading to an Amazon S3 data lake.
          </p>
        </>
      }
      source={{ label: 'Devices', sub: 'sensors' }}
      streamLines={['key: device id', 'provisioned']}
      rows={[
        { label: 'Lambda', sub: 'per-reading rules', variant: 'other', sink: { label: 'Alerts' } },
        { label: 'Managed Flink', sub: 'windowed rules', variant: 'service', sink: { label: 'Alerts' } },
        { label: 'Data Firehose', sub: 'archive', variant: 'service', sink: { label: 'S3 data lake' } },
      ]}
    />
  );
}
