import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.next/**', 'out/**', 'e2e/**'],
    environment: 'node',
    // Scenario tests simulate days of virtual time; on a busy 2-core runner they can take several seconds.
    testTimeout: 30_000,
  },
});
