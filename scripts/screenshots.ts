// Photographs every page as a reader sees it — 1280 and 390 px wide, light, dark and projector — into
// screenshots/ (not committed), and refreshes docs/screenshot.png for the README.
// Usage: npm run build && npm run screenshots
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../playwright.config';
import { listChapters } from '../lib/content/chapters';
import { listLabs } from '../lib/content/labs';
import { serveOut } from './serveOut';

const THEMES = [
  { name: 'light', colorScheme: 'light' as const, query: '' },
  { name: 'dark', colorScheme: 'dark' as const, query: '' },
  { name: 'projector', colorScheme: 'light' as const, query: '?theme=projector' },
];
const WIDTHS = [1280, 390];

async function main() {
  const { origin, stop } = await serveOut(4175);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    mkdirSync('screenshots', { recursive: true });
    mkdirSync('docs', { recursive: true });
    const pages = [
      { name: 'home', path: '/' },
      { name: 'progress', path: '/progress/' },
      { name: 'glossary', path: '/glossary/' },
      { name: 'playground', path: '/playground/?scenario=split-hot-shard', simulator: true },
      { name: 'labs', path: '/lab/' },
      ...listLabs().map((l) => ({ name: `lab-${l.slug}`, path: `/lab/${l.slug}/`, lab: true })),
      { name: 'present', path: '/present/' },
      ...listChapters().map((c) => ({ name: c.slug, path: `/learn/${c.slug}/` })),
    ];
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: width < 500 ? 844 : 900 },
          colorScheme: theme.colorScheme,
        });
        const page = await context.newPage();
        for (const p of pages) {
          const query = theme.query ? (p.path.includes('?') ? `&${theme.query.slice(1)}` : theme.query) : '';
          await page.goto(`${origin}${p.path}${query}`);
          await page.locator('html[data-progress-ready]').waitFor({ state: 'attached' });
          if ('simulator' in p) {
            // A few virtual seconds in, with a shard throttling.
            for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step 1 s' }).click();
          }
          // A lab with its tools loaded (the editor is Monaco, loaded on demand).
          if ('lab' in p) await page.locator('.monaco-editor').first().waitFor();
          const file = `screenshots/${p.name}-${width}-${theme.name}.png`;
          // The playground is taller than a screen: take all of it, canvas and views included.
          await page.screenshot({ path: file, fullPage: 'simulator' in p });
          if (p.name === 'home' && width === 1280 && theme.name === 'light')
            await page.screenshot({ path: 'docs/screenshot.png' });
          console.log(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
