// Runs Lighthouse against the built site (out/) in Chromium and prints the four category scores for the
// home page and a chapter, mobile and desktop. Usage: npm run build && npm run lighthouse
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath, CHROMIUM_ARGS } from '../playwright.config';
import { listChapters } from '../lib/content/chapters';

const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;

async function waitForServer(url: string, attempts = 50): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The static server did not answer at ${url}`);
}

async function main() {
  if (!existsSync('out/index.html')) throw new Error('No built site in out/: run `npm run build` first.');
  const server = spawn(
    'npx',
    ['serve', 'out', '--listen', `tcp://127.0.0.1:${PORT}`, '--no-clipboard', '--no-request-logging'],
    { stdio: 'ignore' },
  );
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath() ?? chromeLauncher.getChromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    await waitForServer(`${ORIGIN}/`);
    const chapter = listChapters()[0]!;
    const pages = [
      { name: 'home', url: `${ORIGIN}/` },
      { name: `chapter (${chapter.slug})`, url: `${ORIGIN}/learn/${chapter.slug}/` },
    ];
    const rows = [];
    for (const form of ['mobile', 'desktop'] as const) {
      for (const p of pages) {
        const result = await lighthouse(
          p.url,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          form === 'desktop' ? desktopConfig : undefined,
        );
        const categories = result!.lhr.categories;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        rows.push({
          page: p.name,
          form,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
        });
      }
    }
    console.table(rows);
    console.log(JSON.stringify(rows));
  } finally {
    await chrome.kill();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
