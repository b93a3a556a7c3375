'use client';

import { useProgress } from '@/components/progress/useProgress';
import { Button } from '@/components/ui/Button';
import { downloadText } from '@/lib/download';

/**
 * Tells the reader when saved progress could not be read (it was kept aside, not deleted) or when the
 * browser will not keep progress at all.
 */
export function StorageNotice() {
  const quarantine = useProgress((s) => s.quarantine);
  const persistent = useProgress((s) => s.persistent);
  const dismiss = useProgress((s) => s.dismissQuarantine);
  if (!quarantine && persistent) return null;
  return (
    <div role="alert" className="border-b border-pitfall bg-pitfall-bg">
      <div className="mx-auto max-w-screen-2xl px-4 py-3 text-sm text-fg">
        {quarantine ? (
          <>
            <p>
              <strong>Your saved progress could not be read</strong> because {quarantine.reason}. It has been kept aside
              in this browser (not deleted) and you are starting fresh.
            </p>
            <p className="mt-2 flex flex-wrap gap-3">
              <Button
                size="sm"
                onClick={() => downloadText(quarantine.raw, 'shardlab-unreadable-progress.txt', 'text/plain')}
              >
                Download the unreadable data
              </Button>
              <Button size="sm" onClick={dismiss}>
                Dismiss
              </Button>
            </p>
          </>
        ) : (
          <p>
            <strong>This browser is not keeping data for this site</strong> (private browsing or storage turned off), so
            your progress lasts only until you close the tab. Export it from “Your progress” to keep it.
          </p>
        )}
      </div>
    </div>
  );
}
