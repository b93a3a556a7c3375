import { chromium } from '@playwright/test';
const [, , url, sel, out, width = '1280', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.waitForSelector('html[data-progress-ready]');
await page.locator(sel).first().screenshot({ path: out });
await browser.close();
