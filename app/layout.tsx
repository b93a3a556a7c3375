import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { StorageNotice } from '@/components/layout/StorageNotice';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { themeScript } from '@/lib/theme/themePreference';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Shardlab — learn Amazon Kinesis by running it', template: '%s · Shardlab' },
  description:
    'A free course on Amazon Kinesis — Data Streams, Amazon Data Firehose, Managed Service for Apache Flink — for students, AWS exam candidates and instructors.',
  applicationName: 'Shardlab',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0e1318' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme/data-projector before hydration, hence suppressHydrationWarning.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <ProgressProvider>
          <SiteHeader />
          <StorageNotice />
          <div className="grow">{children}</div>
          <SiteFooter />
        </ProgressProvider>
      </body>
    </html>
  );
}
