import { StreamArchitecture } from './StreamArchitecture';

/** Clickstream analytics: web and app events, real-time readers, and a Parquet data lake queried with Athena. */
export function ClickstreamArchitectureDiagram() {
  return (
    <StreamArchitecture
      id="architectures-clickstream"
      title="Clickstream analytics architecture"
      desc="Web and app events go into a Kinesis data stream keyed by session id. A Lambda function keeps live view counts, a Managed Service for Apache Flink application computes sessions and funnels, and Amazon Data Firehose writes Parquet files to an S3 data lake that Athena queries."
      caption="Clickstream: two real-time readers and a Firehose stream that fills the S3 data lake for Athena."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service and a thin dashed outline marks your
            code or another AWS service.
          </p>
          <p>
            Web and mobile apps send click events to Kinesis Data Streams. The stream is keyed by session id and runs in
            on-demand mode. Three readers consume the same stream: an AWS Lambda function keeps a live &quot;viewing
            now&quot; count per product and pushes it to the product page; an Amazon Managed Service for Apache Flink
            application builds sessions and funnels for a live dashboard; Amazon Data Firehose converts the events to
            Parquet, partitions them by hour and delivers them to Amazon S3, where Amazon Athena runs SQL over the data
            lake.
          </p>
        </>
      }
      source={{ label: 'Web & apps', sub: 'click events' }}
      streamLines={['key: session id', 'on-demand']}
      rows={[
        {
          label: 'Lambda',
          sub: 'viewing-now count',
          variant: 'other',
          sink: { label: 'Product page', sub: 'live count' },
        },
        { label: 'Managed Flink', sub: 'sessions, funnels', variant: 'service', sink: { label: 'Dashboard' } },
        {
          label: 'Data Firehose',
          sub: 'Parquet, by hour',
          variant: 'service',
          sink: { label: 'S3 + Athena', sub: 'data lake' },
        },
      ]}
    />
  );
}
