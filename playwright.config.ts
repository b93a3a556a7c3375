import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium runs the suite: SHARDLAB_CHROMIUM (or CHROME_PATH) if set, else Debian's
 * /usr/bin/chromium when present, else Playwright's own downloaded browser — so the same suite runs on
 * this machine kind (no browser downloads) and on an ordinary laptop.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.SHARDLAB_CHROMIUM ?? process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// SHARDLAB_E2E_PORT lets two checkouts on one machine run their suites at once without sharing a server.
const PORT = Number(process.env.SHARDLAB_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry on CI: a test that fails once and then passes is reported as flaky in the list, not hidden.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // A cold static server and two workers on two cores: a lazily loaded canvas can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `npx serve out --listen tcp://127.0.0.1:${PORT} --no-clipboard --no-request-logging`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
