import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-16 focus:outline-none">
      <h1 className="text-3xl font-extrabold">Page not found</h1>
      <p className="mt-3 text-fg">
        There is no page at this address. It may have moved when the course was reorganised.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-accent underline">
          Go to the course map
        </Link>
      </p>
    </main>
  );
}
