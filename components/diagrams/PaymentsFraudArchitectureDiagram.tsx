import { StreamArchitecture } from './StreamArchitecture';

/** Payments fraud detection: a scorer on enhanced fan-out beside polling readers, keyed by card id. */
export function PaymentsFraudArchitectureDiagram() {
  return (
    <StreamArchitecture
      id="architectures-payments-fraud"
      title="Payments fraud detection architecture"
      desc="A payment gateway writes authorisations into a Kinesis data stream keyed by card id with seven days of retention. A fraud scorer reads through enhanced fan-out and approves or holds payments idempotently; a ledger, a notifications service and a Firehose audit archive poll the same stream."
      caption="Payments: the fraud scorer gets its own enhanced fan-out pipe; the other readers share the polling budget."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service and a thin dashed outline marks your
            code or another AWS service.
          </p>
          <p>
            A payment gateway writes card authorisations to Kinesis Data Streams, keyed by card id, with a retention of
            168 hours. Four readers consume the stream. The fraud scorer reads through enhanced fan-out, with its own 2
            MB/s per shard pushed to it, and approves or holds each payment with an idempotent decision. A ledger
            application, polling with the Kinesis Client Library, writes to the ledger database. A notifications
            service, also polling, sends email and push messages. Amazon Data Firehose, also polling, writes an audit
            archive to Amazon S3.
          </p>
        </>
      }
      source={{ label: 'Gateway', sub: 'authorisations' }}
      streamLines={['key: card id', '168 h retention']}
      rows={[
        {
          label: 'Fraud scorer',
          sub: 'enhanced fan-out',
          variant: 'other',
          sink: { label: 'Approve/hold', sub: 'idempotent' },
        },
        { label: 'Ledger', sub: 'KCL, polling', variant: 'other', sink: { label: 'Ledger DB' } },
        { label: 'Notifications', sub: 'polling', variant: 'other', sink: { label: 'Email, push' } },
        { label: 'Data Firehose', sub: 'polling', variant: 'service', sink: { label: 'S3 audit' } },
      ]}
    />
  );
}
