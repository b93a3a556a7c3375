'use client';

import { useStore } from '@xyflow/react';
import { useProjector } from '../useProjector';
import { formAt, type NodeForm } from './nodeForm';

/** The form a node draws in at the canvas's current zoom; re-renders only when it changes. */
export function useNodeForm(): NodeForm {
  const projector = useProjector();
  return useStore((s) => formAt(s.transform[2], projector));
}
