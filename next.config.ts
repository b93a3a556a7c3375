import type { NextConfig } from 'next';

// A static export: `next build` writes a self-contained site to out/ that any static host can serve.
// Chapters are compiled from MDX at build time inside server components (lib/content), so no MDX
// loader is configured here.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
