import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error, an uncaught exception, a hydration warning or a request to any
 * host but the local server. Tests use this `test`, never Playwright's directly.
 */
export const test = base.extend<{ failures: string[] }>({
  failures: [
    async ({ page, baseURL }, use) => {
      const failures: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        const text = msg.text();
        if (msg.type() === 'error' || /hydrat/i.test(text)) failures.push(`console ${msg.type()}: ${text}`);
      });
      page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        failures.push(`request to another host: ${url}`);
        return route.abort();
      });
      await use(failures);
      expect(failures, 'console errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe with the WCAG 2.2 AA tag set and returns a readable list of violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Waits until client-side progress has been read from storage (the store marks the page). */
export async function progressReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-progress-ready]')).toHaveCount(1);
}

/** The centre of an element once it has stopped moving (a fitted or freshly measured canvas settles first). */
async function settledCentre(page: Page, title: string): Promise<{ x: number; y: number }> {
  const handle = page.getByTitle(title);
  let last = '';
  await expect
    .poll(async () => {
      const box = await handle.boundingBox();
      const now = JSON.stringify(box);
      const settled = box !== null && now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  const box = (await handle.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from one canvas handle to another, both found by their title, as a mouse user would. */
export async function dragHandle(page: Page, fromTitle: string, toTitle: string): Promise<void> {
  const from = await settledCentre(page, fromTitle);
  const to = await settledCentre(page, toTitle);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}
