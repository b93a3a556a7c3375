import type { SimEvent } from '../engine/types';

const n = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value));
const records = (count: unknown) => `${n(count)} record${count === 1 ? '' : 's'}`;

/**
 * A Firehose event as a sentence, or null for any other event.
 * @example describeFirehoseEvent({ at: 0, type: 'firehose/activated', deliveryStream: 'logs' }) // 'Firehose stream logs is ACTIVE.'
 */
export function describeFirehoseEvent(e: SimEvent): string | null {
  const d = e as SimEvent & Record<string, unknown>;
  const name = String(d.deliveryStream);
  switch (e.type) {
    case 'firehose/created':
      return `Firehose stream ${name} created, status CREATING.`;
    case 'firehose/activated':
      return `Firehose stream ${name} is ACTIVE.`;
    case 'firehose/updated':
      return `Firehose stream ${name}: destination updated, now version ${n(d.version)}.`;
    case 'firehose/deleting':
      return `Firehose stream ${name} is being deleted; what it still buffers is not delivered.`;
    case 'firehose/deleted':
      return `Firehose stream ${name} was deleted.`;
    case 'firehose/delivered':
      return `${name} delivered s3://${String(d.bucket)}/${String(d.key)} (${records(d.records)}, ${n(d.size)} bytes).`;
    case 'firehose/errorDelivered':
      return `${name} wrote ${records(d.records)} that failed to s3://${String(d.bucket)}/${String(d.key)}.`;
    case 'firehose/transformInvoked':
      return `${name} invoked ${String(d.function)} to transform ${records(d.records)}${d.retry ? ' (a retry)' : ''}.`;
    case 'firehose/throttled':
      return `${name} throttled Direct PUT records (ServiceUnavailableException: Slow down.).`;
    default:
      return null;
  }
}
