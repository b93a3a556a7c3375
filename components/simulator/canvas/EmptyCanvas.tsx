'use client';

import { Panel } from '@xyflow/react';
import { Layers, Send } from 'lucide-react';
import Link from 'next/link';
import { addNode, connect } from '@/simulator/runtime/canvasActions';
import { Button } from '@/components/ui/Button';
import { useEditor } from '../useSimulation';

/**
 * What a newcomer sees on an empty canvas: the first two things to add, in one press, or a scenario
 * that already does something.
 */
export function EmptyCanvas({ onMessage }: { onMessage: (message: string) => void }) {
  const editor = useEditor();
  const start = () => {
    const stream = addNode(editor, 'stream');
    const producer = addNode(editor, 'producer');
    if (!stream.ok || !producer.ok) return onMessage(stream.ok ? (producer.ok ? '' : producer.error) : stream.error);
    const wired = connect(editor, producer.id, stream.id);
    onMessage(
      wired.ok
        ? `Added ${producer.id.split(':')[1]} writing to ${stream.id.split(':')[1]}. Press Play to watch its records arrive.`
        : wired.error,
    );
  };
  return (
    <Panel position="top-center" className="!mt-8 max-w-sm">
      <section
        aria-labelledby="empty-canvas-title"
        className="rounded-lg border-2 border-accent bg-bg p-4 text-center shadow-md"
      >
        <h3 id="empty-canvas-title" className="m-0 text-lg font-semibold">
          Start here
        </h3>
        <p className="m-0 mt-1 text-sm">
          A pipeline starts with a data stream and a producer that writes to it. Add both at once, or add them from the
          palette above and drag a wire between them.
        </p>
        <div className="mt-3 flex flex-wrap justify-center gap-2">
          <Button variant="primary" icon={Send} onClick={start}>
            Add a producer and a stream
          </Button>
        </div>
        <p className="m-0 mt-3 text-sm">
          <Layers aria-hidden="true" className="mr-1 inline size-4" />
          Or open a scenario:{' '}
          <Link href="/playground/?scenario=hot-key" className="text-accent underline">
            one hot partition key
          </Link>
        </p>
      </section>
    </Panel>
  );
}
