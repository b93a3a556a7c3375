import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PresenterClient } from '@/components/present/PresenterClient';
import { loadScenarios } from '@/lib/content/scenarios';
import { siteDemos } from '@/lib/demos/siteDemos';

export const metadata: Metadata = {
  title: 'Presenter view',
  description: 'Notes, timing and controls for a scripted Kinesis demo.',
};

export default function PresenterPage() {
  return (
    <Suspense fallback={<p className="p-6">Loading the demo…</p>}>
      <PresenterClient demos={siteDemos()} scenarioIds={Object.keys(loadScenarios())} />
    </Suspense>
  );
}
