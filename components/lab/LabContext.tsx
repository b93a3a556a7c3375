'use client';

import { createContext, useContext } from 'react';
import type { BuiltPackage } from '@/lib/lab/buildPackage';
import type { LabRuntime } from '@/lib/lab/sandbox/sandboxTypes';
import type { Sandbox } from './labSandbox';

export type LabFiles = Record<string, string>;

/** What a lab's steps and tools share: the runtime and drafts, the sandbox, and the lab's settings. */
export interface LabState {
  slug: string;
  editor: 'handler' | 'producer';
  /** The function the lab's steps are about (handler labs), used by the editor's Deploy and Test. */
  functionName: string | null;
  runtimes: LabRuntime[];
  runtime: LabRuntime;
  setRuntime: (runtime: LabRuntime) => void;
  /** The editor's draft for the current runtime (not deployed until the learner deploys it). */
  files: LabFiles;
  setFile: (name: string, source: string) => void;
  /** Replaces the draft's files (switching between JavaScript and TypeScript renames them). */
  setFiles: (files: LabFiles) => void;
  /**
   * The draft as a deployment package (TypeScript compiled to JavaScript), or null while it builds. A
   * failed build keeps its error; `function.zip` then still holds the last package that built.
   */
  built: BuiltPackage | null;
  /** The last package that built, what `fileb://function.zip` and Deploy use. */
  lastGood: LabFiles;
  /** The sandbox, once it has loaded (null before). */
  sandbox: Sandbox | null;
  /** Steps whose checks have passed, by step id, kept for the progress record. */
  onStepDone: (stepId: string) => void;
}

const LabContext = createContext<LabState | null>(null);
export const LabProvider = LabContext.Provider;

/** The lab's state, or null while its tools are still loading (steps then show their text only). */
export function useOptionalLab(): LabState | null {
  return useContext(LabContext);
}

export function useLab(): LabState {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('useLab must be used inside a lab page.');
  return lab;
}
