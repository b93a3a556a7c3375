import Link from 'next/link';

/** What the audience and presenter views show before their demo is open: loading, or why it cannot be. */
export function DemoUnavailable({ error }: { error: string | null }) {
  if (error === null)
    return (
      <main id="main" className="p-6" role="status">
        Loading the demo…
      </main>
    );
  return (
    <main id="main" className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-bold">This demo cannot be opened</h1>
      <p role="alert">{error}</p>
      <p>
        <Link href="/present/" className="text-accent underline">
          Choose a demo
        </Link>
      </p>
    </main>
  );
}
