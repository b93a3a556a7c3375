import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openPlayground(page: Page, scenario: string) {
  await page.goto(`/playground/?scenario=${scenario}`);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
}

/**
 * Reads, in one synchronous script, a producer node's accepted count and the table view's retained
 * records (with no reader and no expiry they are the same records): one rendered frame, both views.
 */
async function sameFrame(page: Page): Promise<{ node: number; table: number }> {
  return page.evaluate(() => {
    const digits = (text: string) => Number(text.replace(/[^\d]/g, ''));
    const node = document.querySelector('[data-id="producer:game-servers"]')!.textContent ?? '';
    const accepted = digits(/accepted ([\d,]+)/.exec(node)?.[1] ?? '');
    const table = document.querySelector('[role="region"][aria-labelledby] table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    const column = headers.indexOf('Retained');
    const retained = [...table.querySelectorAll('tbody tr')]
      .map((row) => digits(row.children[column]?.textContent ?? ''))
      .reduce((a, b) => a + b, 0);
    return { node: accepted, table: retained };
  });
}

test('after Play at 1× the hot shard throttles on the canvas within 1.5 s, and node and table agree every frame', async ({
  page,
}) => {
  await openPlayground(page, 'hot-key');
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  const hot = page.getByRole('group', { name: 'shardId-000000000001 of game-events' });
  await expect(hot).toContainText('150%', { timeout: 1500 });
  // Full or compact (the zoom decides), the producer says how many it had throttled back.
  await expect(page.getByRole('group', { name: 'Producer game-servers' })).toContainText(/500\/s/);
  await page.getByRole('tab', { name: 'Table' }).click();
  // While it runs, at 1× and then at 3600×: the two views never show different frames.
  for (const speed of ['1', '3600']) {
    await page.getByLabel('Speed').selectOption(speed);
    const seen: { node: number; table: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const frame = await sameFrame(page);
      expect(frame.node).toBe(frame.table);
      seen.push(frame);
    }
    expect(seen.at(-1)!.node).toBeGreaterThan(0);
  }
});

/** Font size × canvas zoom of every text on the canvas's nodes, in CSS px on screen: the smallest. */
async function smallestNodeText(canvas: Locator): Promise<number> {
  return canvas.evaluate((root) => {
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    let smallest = Infinity;
    for (const node of root.querySelectorAll('.react-flow__node')) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent?.trim()) continue;
        const element = text.parentElement!;
        // Drawn text only: the screen-reader copy of a compact node's lines is clipped out of sight.
        if (element.getClientRects().length === 0 || element.closest('.sr-only')) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * zoom);
      }
    }
    return smallest;
  });
}

for (const width of [1280, 390])
  test(`a chapter's canvas draws no node text below 11 px at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/learn/records-keys-and-shards/');
    const embed = page.getByRole('figure', { name: /One hot partition key/ });
    await embed.scrollIntoViewIfNeeded();
    const canvas = embed.locator('.react-flow');
    await expect(embed.getByRole('group', { name: 'shardId-000000000003 of game-events' })).toBeVisible();
    await embed.getByRole('button', { name: 'Step 1 s' }).click();
    await expect.poll(() => smallestNodeText(canvas)).toBeGreaterThanOrEqual(11);
    // The canvas is sized to the scenario: the whole stream is in view without scrolling the canvas.
    const box = (await canvas.boundingBox())!;
    const stream = (await embed.getByRole('group', { name: 'Stream game-events' }).boundingBox())!;
    expect(stream.y).toBeGreaterThanOrEqual(box.y);
    expect(stream.y + stream.height).toBeLessThanOrEqual(box.y + box.height);
  });

test('the projector audience view draws node text at 20 px or more on 1920 × 1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present/show/?demo=hot-keys&theme=projector');
  const canvas = page.locator('.react-flow');
  await expect(page.getByRole('group', { name: 'shardId-000000000001 of game-events' })).toBeVisible();
  await expect.poll(() => smallestNodeText(canvas)).toBeGreaterThanOrEqual(20);
});

/**
 * What the traffic layer shows, as pixels: a screenshot of its area with the nodes, wires and grid
 * hidden, so that only moving records are in it. (It may be drawn by a worker, so it is read from the
 * screen rather than from the canvas.)
 */
async function overlayOnly(page: Page): Promise<() => Promise<Buffer>> {
  await page.addStyleTag({
    content:
      '.react-flow__nodes, .react-flow__edges, .react-flow__background, .react-flow__panel { visibility: hidden !important; }',
  });
  const clip = (await page.getByTestId('traffic-layer').boundingBox())!;
  return () => page.screenshot({ clip });
}

/** The same area with the traffic layer hidden too: what an empty overlay looks like. */
async function blank(page: Page): Promise<Buffer> {
  const layer = page.getByTestId('traffic-layer');
  const clip = (await layer.boundingBox())!;
  await layer.evaluate((c) => ((c as HTMLElement).style.opacity = '0'));
  const shot = await page.screenshot({ clip });
  await layer.evaluate((c) => ((c as HTMLElement).style.opacity = ''));
  return shot;
}

test('records move on the traffic layer while playing, and stand still while paused', async ({ page }) => {
  await openPlayground(page, 'hot-key');
  await page.getByRole('button', { name: 'Play' }).click();
  // Off screen the layer draws nothing: bring the canvas into view.
  await page.locator('.react-flow').scrollIntoViewIfNeeded();
  await expect(page.getByText(/Traffic: 1 dot a second = 200 records\/s/)).toBeVisible();
  const shot = await overlayOnly(page);
  let last = await shot();
  await expect.poll(async () => !last.equals((last = await shot())), { intervals: [50] }).toBe(true);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await shot();
  expect(paused.equals(await blank(page))).toBe(false);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect((await shot()).equals(paused)).toBe(true);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing moves: wires are drawn as wide as their rate instead', async ({ page }) => {
    await openPlayground(page, 'hot-key');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.locator('.react-flow').scrollIntoViewIfNeeded();
    await expect(page.getByText(/a wire's width grows with its rate/)).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const shot = await overlayOnly(page);
    const still = await shot();
    expect(still.equals(await blank(page))).toBe(false);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect((await shot()).equals(still)).toBe(true);
  });
});

test('an empty playground says where to start, and one press builds a running pipeline', async ({ page }) => {
  await openPlayground(page, 'lab-empty-account');
  const start = page.getByRole('region', { name: 'Start here' });
  await expect(start).toBeVisible();
  await start.getByRole('button', { name: 'Add a producer and a stream' }).click();
  await expect(start).toBeHidden();
  await expect(page.getByRole('group', { name: 'Producer producer-1' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Stream stream-1' })).toBeVisible();
});

test('Space plays and pauses, Skip to content lands in the playground, focus stays in the inspector', async ({
  page,
}) => {
  await openPlayground(page, 'hot-key');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // Choosing a value applies it at once; the control keeps focus, so the keyboard stays where it was.
  await page.getByRole('group', { name: 'Producer game-servers' }).click();
  const sending = page.getByLabel('Sending');
  await sending.focus();
  await sending.selectOption('false');
  await page.getByRole('button', { name: 'Apply' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Apply' })).toBeFocused();
});

test('nodes added from the keyboard never overlap, and Tidy puts a dragged node back', async ({ page }) => {
  await openPlayground(page, 'hot-key');
  for (const item of [/^Producer/, /^Consumer app/, /^Lambda function/, /^Data stream/, /^Producer/])
    await page.getByRole('button', { name: item }).press('Enter');
  const boxes = await page
    .locator('.react-flow__node:not(.react-flow__node-shard)')
    .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(7);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `nodes ${i} and ${j} overlap`).toBe(true);
    }
  const tidy = page.getByRole('button', { name: 'Tidy', exact: true });
  await expect(tidy).toBeDisabled();
  const node = page.getByRole('group', { name: 'Producer game-servers' });
  const placed = () => node.evaluate((n) => (n as HTMLElement).style.transform);
  const before = await placed();
  await node.focus();
  await node.press('Enter');
  await node.press('ArrowDown');
  await expect.poll(placed).not.toBe(before);
  await expect(tidy).toBeEnabled();
  await tidy.click();
  await expect.poll(placed).toBe(before);
  await expect(tidy).toBeDisabled();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a swipe over the canvas scrolls the page until the canvas is tapped', async ({ page }) => {
    await openPlayground(page, 'hot-key');
    const pane = page.locator('.react-flow__pane');
    await expect(pane).toHaveCSS('touch-action', 'pan-y');
    await page.getByRole('group', { name: 'Stream game-events' }).tap();
    await expect(pane).toHaveCSS('touch-action', 'none');
    await page.getByRole('button', { name: 'Done: let the page scroll' }).tap();
    await expect(pane).toHaveCSS('touch-action', 'pan-y');
  });
});
