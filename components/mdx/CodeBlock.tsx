'use client';

import { useRef, useState, type ComponentProps } from 'react';
import { Button } from '@/components/ui/Button';

/**
 * A highlighted code block (colours were computed at build time by Shiki) with a copy button; the
 * button reports its result through a polite live region.
 */
export function CodeBlock(props: ComponentProps<'pre'>) {
  const ref = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(ref.current?.innerText ?? '');
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it by hand');
    }
  };
  return (
    <div className="group relative my-6">
      <pre
        ref={ref}
        {...props}
        className={`${props.className ?? ''} overflow-x-auto rounded-md border border-border p-4 text-sm`}
      />
      <Button size="sm" onClick={copy} className="absolute top-2 right-2">
        Copy<span className="sr-only"> code</span>
      </Button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </div>
  );
}
