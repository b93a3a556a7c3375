import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AudienceClient } from '@/components/present/AudienceClient';
import { loadScenarios } from '@/lib/content/scenarios';
import { siteDemos } from '@/lib/demos/siteDemos';

export const metadata: Metadata = {
  title: 'Demo',
  description: 'A scripted Kinesis simulator demo, beat by beat.',
};

export default function AudiencePage() {
  return (
    <Suspense fallback={<p className="p-6">Loading the demo…</p>}>
      <AudienceClient demos={siteDemos()} scenarios={loadScenarios()} />
    </Suspense>
  );
}
