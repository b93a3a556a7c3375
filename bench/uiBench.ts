// npm run bench:ui [-- <scenario | Nshards> [speed] [panel]]: drives the built playground in Chromium while it runs at
// 3600× and prints frame-time percentiles, the speed the simulation actually reached, and interaction latency
// (Event Timing: input delay + processing + next paint). `200shards` opens a generated 200-shard stream.
// Needs `npm run build` first.
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../playwright.config';
import { serveOut } from '../scripts/serveOut';
import { benchPath } from './uiScenes';

const SCENARIO = process.argv[2] ?? 'many-consumers';
const SPEED = process.argv[3] ?? '3600';
/** The view open under the canvas while it runs (the table view by default, as a learner sees it). */
const PANEL = process.argv[4] ?? 'Table';
const RUN_SECONDS = 10;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

/** Parses the clock's elapsed text ("1 h 2 min 5 s") into seconds. */
function elapsedSeconds(text: string): number {
  const unit: Record<string, number> = { d: 86_400, h: 3600, min: 60, s: 1 };
  return [...text.matchAll(/(\d+) (d|h|min|s)\b/g)].reduce((sum, m) => sum + Number(m[1]) * unit[m[2]!]!, 0);
}

async function clock(page: Page): Promise<number> {
  const text = await page
    .getByRole('group', { name: 'Simulation controls' })
    .locator('p.tabular-nums span.font-semibold')
    .innerText();
  return elapsedSeconds(text);
}

async function main() {
  const { origin, stop } = await serveOut(4593);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: process.env.REDUCED_MOTION ? 'reduce' : 'no-preference',
    });
    await page.addInitScript('window.shardlabBench = { notifications: 0, frames: 0 };');
    await page.goto(`${origin}${benchPath(SCENARIO)}`);
    await page.getByRole('button', { name: /Play/ }).waitFor();
    const nodes = await page.locator('.react-flow__node').count();
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    await page.evaluate(`
      window.frames_ = [];
      window.events_ = [];
      requestAnimationFrame(function loop(t) { window.frames_.push(t); requestAnimationFrame(loop); });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.events_.push({ name: e.name, duration: e.duration });
      }).observe({ type: 'event', durationThreshold: 16 });
    `);
    await page.getByLabel('Speed').selectOption(SPEED);
    await page.getByRole('tab', { name: PANEL }).click();
    const virtualStart = await clock(page);
    await page.getByRole('button', { name: /Play/ }).click();
    const wallStart = Date.now();
    await page.waitForTimeout(RUN_SECONDS * 1000);
    const steady = (await page.evaluate('window.frames_.length')) as number;
    const counted = (await page.evaluate('({ ...window.shardlabBench })')) as { notifications: number; frames: number };
    const traffic = await page.getByTestId('traffic-layer').count();
    // Interactions while it runs: select nodes, open a tab, change the speed.
    const latencies: number[] = [];
    const interact = async (action: () => Promise<unknown>) => {
      const t = Date.now();
      await action();
      latencies.push(Date.now() - t);
    };
    // Nodes are selected from the keyboard: in a big graph some sit outside the visible canvas.
    const select = async (name: RegExp) => {
      await page.getByRole('group', { name }).first().focus();
      await page.keyboard.press('Enter');
    };
    await interact(() => select(/^Producer /));
    await interact(() => select(/^shardId-\d+ of /));
    await interact(() => page.getByRole('tab', { name: 'Table' }).click());
    await interact(() => page.getByRole('tab', { name: 'Events' }).click());
    await interact(() => page.getByLabel('Speed').selectOption('600'));
    await interact(() => page.getByLabel('Speed').selectOption('3600'));
    const wallSeconds = (Date.now() - wallStart) / 1000;
    const virtualSeconds = (await clock(page)) - virtualStart;
    await page.getByRole('button', { name: /Pause/ }).click();
    const { frames, events } = (await page.evaluate('({ frames: window.frames_, events: window.events_ })')) as {
      frames: number[];
      events: { name: string; duration: number }[];
    };
    // Frame times while it runs untouched; the interactions' own cost is reported separately.
    const intervals = frames
      .slice(1, steady)
      .map((t, i) => t - frames[i]!)
      .sort((a, b) => a - b);
    const eventDurations = events.map((e) => e.duration).sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        scenario: SCENARIO,
        speed: Number(SPEED),
        canvasNodes: nodes,
        panel: PANEL,
        frames: intervals.length,
        frameMsP50: round(percentile(intervals, 0.5)),
        frameMsP95: round(percentile(intervals, 0.95)),
        frameMsP99: round(percentile(intervals, 0.99)),
        framesOver16_7ms: intervals.filter((d) => d > 17.5).length,
        // Intervals are whole display refreshes (16.7 ms at 60 Hz) plus timer jitter: a frame is on time
        // when it took one refresh.
        framesOnTimePercent: round((100 * intervals.filter((d) => d <= 17.5).length) / Math.max(1, intervals.length)),
        trafficLayer: traffic > 0 ? 'on' : 'absent',
        notificationsPerFrame: counted.frames > 0 ? round(counted.notifications / counted.frames) : null,
        reachedSpeed: Math.round(virtualSeconds / wallSeconds),
        interactionEventsOver16ms: eventDurations.length,
        interactionMsMax: round(eventDurations.at(-1) ?? 0),
        interactionMsP95: round(percentile(eventDurations, 0.95)),
        actionRoundTripMs: latencies,
        slowestEvents: [...events]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 6)
          .map((e) => `${e.name} ${Math.round(e.duration)}`),
      }),
    );
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
