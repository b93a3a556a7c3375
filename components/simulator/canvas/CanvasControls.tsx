'use client';

import { Panel, useReactFlow, type FitViewOptions } from '@xyflow/react';
import { LayoutGrid, Maximize, ZoomIn, ZoomOut } from 'lucide-react';
import { IconButton } from '@/components/ui/IconButton';
import type { FlowNode } from './buildFlow';

interface CanvasControlsProps {
  fitOptions: FitViewOptions<FlowNode>;
  onTidy: () => void;
  /** Tidy only has work to do once the learner has dragged something. */
  canTidy: boolean;
  onMessage: (message: string) => void;
}

/** Zoom, fit and tidy, styled like the rest of the site and labelled for everyone. */
export function CanvasControls({ fitOptions, onTidy, canTidy, onMessage }: CanvasControlsProps) {
  const flow = useReactFlow<FlowNode>();
  return (
    <Panel position="bottom-left" className="!m-2">
      <div
        role="group"
        aria-label="Canvas view"
        className="flex gap-1 rounded-lg border border-border bg-bg p-1 shadow-sm"
      >
        <IconButton size="sm" variant="ghost" label="Zoom in" icon={ZoomIn} onClick={() => void flow.zoomIn()} />
        <IconButton size="sm" variant="ghost" label="Zoom out" icon={ZoomOut} onClick={() => void flow.zoomOut()} />
        <IconButton
          size="sm"
          variant="ghost"
          label="Fit View"
          icon={Maximize}
          onClick={() => {
            void flow.fitView(fitOptions);
            onMessage('The whole pipeline is in view.');
          }}
        />
        <IconButton size="sm" variant="ghost" label="Tidy" icon={LayoutGrid} onClick={onTidy} disabled={!canTidy} />
      </div>
    </Panel>
  );
}
