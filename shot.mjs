import { chromium } from '@playwright/test';
// usage: node shot.mjs url outprefix width scheme [projector] [segments]
const [, , url, out, width = '1280', scheme = 'light', projector = 'no', segments = '1'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(width) < 500 ? 844 : 900 },
  colorScheme: scheme,
});
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console', m.type(), m.text());
});
await page.goto(url + (projector === 'projector' ? (url.includes('?') ? '&' : '?') + 'theme=projector' : ''));
await page.waitForSelector('html[data-progress-ready]');
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const vh = Number(width) < 500 ? 844 : 900;
for (let i = 0; i < Number(segments); i++) {
  const y = Math.min(i * vh * 1.5, Math.max(0, h - vh));
  await page.screenshot({
    path: `${out}_${i}.png`,
    fullPage: true,
    clip: { x: 0, y, width: Number(width), height: vh },
  });
}
console.log('height', h);
await browser.close();
