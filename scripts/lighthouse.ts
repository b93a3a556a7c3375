// Runs Lighthouse against the built site (out/) in Chromium and prints the four category scores for the
// main kinds of page, mobile and desktop. Usage: npm run build && npm run lighthouse
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath, CHROMIUM_ARGS } from '../playwright.config';
import { listChapters } from '../lib/content/chapters';
import { serveOut } from './serveOut';

const PORT = 4174;

async function main() {
  const { origin: ORIGIN, stop } = await serveOut(PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath() ?? chromeLauncher.getChromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const chapter = listChapters()[0]!;
    const pages = [
      { name: 'home', url: `${ORIGIN}/` },
      { name: `chapter (${chapter.slug})`, url: `${ORIGIN}/learn/${chapter.slug}/` },
      // A chapter with simulators in it, and the playground: the canvas loads after the page.
      { name: 'chapter (the-kinesis-family)', url: `${ORIGIN}/learn/the-kinesis-family/` },
      { name: 'playground', url: `${ORIGIN}/playground/?scenario=hot-key` },
      // The whole question bank is on the page, for filtering in the browser.
      { name: 'exam practice', url: `${ORIGIN}/practice/` },
      // A lab: the editor and the code runner load after the page.
      { name: 'lab (first-stream-and-lambda)', url: `${ORIGIN}/lab/first-stream-and-lambda/` },
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
    stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
