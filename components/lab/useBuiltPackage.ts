'use client';

import { useEffect, useState } from 'react';
import { buildPackage, type BuiltPackage } from '@/lib/lab/buildPackage';
import type { LabFiles } from './LabContext';

/**
 * The draft built into a deployment package as it changes (TypeScript compiled), and the last package
 * that built, which `function.zip` and Deploy keep using while a build fails.
 */
export function useBuiltPackage(files: LabFiles): { built: BuiltPackage | null; lastGood: LabFiles } {
  const [built, setBuilt] = useState<BuiltPackage | null>(null);
  const [lastGood, setLastGood] = useState<LabFiles>(files);
  useEffect(() => {
    let live = true;
    void buildPackage(files).then((result) => {
      if (!live) return;
      setBuilt(result);
      if (result.ok) setLastGood(result.files);
    });
    return () => {
      live = false;
    };
  }, [files]);
  return { built, lastGood };
}
