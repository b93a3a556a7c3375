import { StreamArchitecture } from './StreamArchitecture';

/** CDC fan-out: database changes keyed by primary key, several independent readers, and a replay to rebuild. */
export function CdcFanOutArchitectureDiagram() {
  return (
    <StreamArchitecture
      id="architectures-cdc-fan-out"
      title="Change data capture fan-out architecture"
      desc="A change data capture connector writes every row change of an orders database into a Kinesis data stream keyed by primary key with 72 hours of retention. A cache invalidator, a search indexer and a Firehose history archive read it independently; a rebuild job replays it from the oldest record on demand."
      caption="CDC fan-out: each reader keeps its own position; a rebuild replays the retained changes."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service, a thin dashed outline marks your
            code or another AWS service, and a dashed arrow marks a reader started on demand.
          </p>
          <p>
            An orders database publishes every insert, update and delete through a change data capture connector to
            Kinesis Data Streams, keyed by the row&apos;s primary key, with a retention of 72 hours. Three readers
            consume the stream continuously, each from its own position: a cache invalidator that evicts changed rows
            from a cache; a search indexer that updates a search index; and Amazon Data Firehose, which keeps the full
            change history in Amazon S3. A fourth reader, joined by a dashed arrow, runs only on demand: a rebuild job
            that reads from TRIM_HORIZON to fill a new search index.
          </p>
        </>
      }
      source={{ label: 'Orders DB', sub: 'CDC connector' }}
      streamLines={['key: primary key', '72 h retention']}
      rows={[
        { label: 'Cache invalidator', sub: 'KCL', variant: 'other', sink: { label: 'Cache' } },
        { label: 'Search indexer', sub: 'KCL', variant: 'other', sink: { label: 'Search index' } },
        { label: 'Data Firehose', sub: 'history', variant: 'service', sink: { label: 'S3 history' } },
        { label: 'Rebuild', sub: 'TRIM_HORIZON', variant: 'other', onDemand: true, sink: { label: 'New index' } },
      ]}
    />
  );
}
