/** Site-wide footer. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto max-w-screen-2xl px-4 py-6 text-sm text-muted">
        <p>
          Shardlab is an independent course on Amazon Kinesis; it is not affiliated with Amazon Web Services. Your
          progress stays in this browser and nothing is sent anywhere.
        </p>
      </div>
    </footer>
  );
}
