'use client';

import { parseNodeId } from '@/simulator/runtime/createCanvasStore';
import { useCanvas } from '../useSimulation';
import { S3Browser } from '../S3Browser';
import { ConsumerInspector } from './ConsumerInspector';
import { FirehoseInspector } from './FirehoseInspector';
import { LambdaInspector } from './LambdaInspector';
import { ProducerInspector } from './ProducerInspector';
import { ShardInspector } from './ShardInspector';
import { StreamInspector } from './StreamInspector';

/** Settings of whatever is selected on the canvas. */
export function Inspector({ onMessage }: { onMessage: (m: string) => void }) {
  const selected = useCanvas((c) => c.selected);
  // Forms start from the current settings: re-create them when the settings change (apply, undo).
  const version = useCanvas((c) => c.undo.length);
  if (!selected)
    return (
      <p className="m-0 text-sm text-muted">
        Select anything on the canvas (Tab to it, then Enter) to see and change its settings.
      </p>
    );
  const { kind, name, shard } = parseNodeId(selected);
  const key = `${selected}:${version}`;
  const titles: Record<string, string> = {
    producer: `Producer ${name}`,
    consumer: `Consumer application ${name}`,
    shard: `${shard} of ${name}`,
    stream: `Stream ${name}`,
    lambda: `Lambda function ${name}`,
    firehose: `Firehose stream ${name}`,
    s3: `S3 bucket ${name}`,
  };
  const title = titles[kind] ?? name;
  return (
    <section aria-labelledby="inspector-title">
      <h3 id="inspector-title" className="mt-0 mb-2 text-base font-semibold">
        {title}
      </h3>
      {kind === 'producer' && <ProducerInspector key={key} id={name} onMessage={onMessage} />}
      {kind === 'consumer' && <ConsumerInspector key={key} name={name} onMessage={onMessage} />}
      {kind === 'stream' && <StreamInspector key={key} name={name} onMessage={onMessage} />}
      {kind === 'shard' && shard && <ShardInspector key={key} stream={name} shard={shard} onMessage={onMessage} />}
      {kind === 'lambda' && <LambdaInspector key={key} name={name} onMessage={onMessage} />}
      {kind === 'firehose' && <FirehoseInspector key={key} name={name} onMessage={onMessage} />}
      {kind === 's3' && <S3Browser bucket={name} />}
    </section>
  );
}
