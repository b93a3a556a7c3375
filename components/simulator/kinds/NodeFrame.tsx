'use client';

import { Handle, Position } from '@xyflow/react';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';
import { useNodeForm } from './useNodeForm';

export type NodeTone = 'normal' | 'alert' | 'idle';

export interface NodeFrameProps {
  /** What it is, in a few words ("Producer", "Lambda function"). */
  kind: string;
  icon: LucideIcon;
  name: string;
  selected: boolean;
  /** `alert` draws attention (throttling, data lost), always together with words saying why. */
  tone?: NodeTone;
  /** Not wired yet: a dashed border. */
  draft?: boolean;
  direction: FlowDirection;
  /** The tooltip of the handle wires arrive at; no handle when absent. */
  target?: string;
  /** The tooltip of the handle wires leave from; no handle when absent. */
  source?: string;
  /** The zoomed-out form: one or two large lines. */
  compact: ReactNode;
  /** The full form's lines. */
  children: ReactNode;
}

const TONES: Record<NodeTone, string> = {
  normal: 'border-border bg-bg',
  alert: 'border-pitfall bg-pitfall-bg',
  idle: 'border-border bg-surface',
};

/**
 * The frame every canvas card shares: handles on the sides the flow comes from and goes to, the kind
 * and the name, then either the full lines or the compact ones (see nodeForm.ts). Sizes are CSS px, not
 * rem: the canvas zooms as a whole, and the layout gave the node a fixed box.
 */
export function NodeFrame({
  kind,
  icon: Icon,
  name,
  selected,
  tone = 'normal',
  draft = false,
  direction,
  target,
  source,
  compact,
  children,
}: NodeFrameProps) {
  const form = useNodeForm();
  return (
    <div
      className={`h-full w-full overflow-hidden rounded-lg border-2 text-fg shadow-sm ${TONES[tone]} ${
        draft ? 'border-dashed' : ''
      } ${selected ? 'outline-3 outline-offset-2 outline-accent' : ''}`}
    >
      {target && <FlowHandle type="target" direction={direction} title={target} />}
      {form === 'full' ? (
        <div className="px-3 py-2 text-[13px] leading-[1.3]">
          <p className="m-0 flex items-center gap-1.5 text-[12px] font-semibold tracking-wide text-muted uppercase">
            <Icon aria-hidden="true" className="size-4 shrink-0" strokeWidth={2.25} />
            <span className="truncate">{kind}</span>
          </p>
          <p className="m-0 truncate text-[15px] font-semibold" title={name}>
            {name}
          </p>
          {children}
        </div>
      ) : (
        <div className="flex h-full flex-col justify-center gap-1 px-3 leading-tight">
          <p className="m-0 flex items-center gap-1.5 text-[24px] leading-[1.15] font-bold">
            <Icon aria-hidden="true" className="size-6 shrink-0" strokeWidth={2.25} />
            {/* Two lines before it is cut: a hyphenated name breaks at its hyphen, not mid-word. */}
            <span className="line-clamp-2" title={name}>
              {name}
            </span>
          </p>
          {compact}
          {/* What it is, for screen readers; the inspector and the table view have every number. */}
          <p className="sr-only">{kind}</p>
        </div>
      )}
      {source && <FlowHandle type="source" direction={direction} title={source} />}
    </div>
  );
}

/** A wire's end: on the left and right of a left-to-right canvas, on the top and bottom of a phone's. */
export function FlowHandle({
  type,
  direction,
  title,
}: {
  type: 'source' | 'target';
  direction: FlowDirection;
  title: string;
}) {
  const position =
    direction === 'LR'
      ? type === 'target'
        ? Position.Left
        : Position.Right
      : type === 'target'
        ? Position.Top
        : Position.Bottom;
  return <Handle type={type} position={position} title={title} className="!size-3.5 !border-2 !border-bg !bg-accent" />;
}

/** A compact form's value line: large, and red with a warning icon when it is bad news. */
export function CompactValue({ children, alert = false }: { children: ReactNode; alert?: boolean }) {
  return (
    <p className={`m-0 truncate text-[26px] font-bold tabular-nums ${alert ? 'text-pitfall' : 'text-fg'}`}>
      {children}
    </p>
  );
}
