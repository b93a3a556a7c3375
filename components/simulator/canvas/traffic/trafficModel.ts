import type { TrafficSample } from '@/simulator/views/traffic';

// The traffic layer's model, framework-free so it can be tested: it turns samples of the simulation into
// dots that travel along the canvas's wires. One dot stands for `recordsPerDot` records, chosen so the
// busiest wire carries at most BUSIEST_DOTS_PER_SECOND and the whole canvas at most ALL_DOTS_PER_SECOND;
// density follows the real rate, not the speed the simulation runs at.

export type DotKind = 'write' | 'throttled' | 'read' | 'expired' | 'delivered';

export interface Dot {
  kind: DotKind;
  /** Canvas node ids the dot travels between (an expiring dot only has `from`, its shard). */
  from: string;
  to: string;
  /** 0 at `from`, 1 at `to`; a throttled dot comes back (`back`) from 1 to 0. */
  t: number;
  back: boolean;
  /** Wall ms for one way. */
  duration: number;
  /** Screen px. */
  radius: number;
  /** −1 … 1: a sideways offset, so dots on one wire do not sit on a single line. */
  lane: number;
}

export const BUSIEST_DOTS_PER_SECOND = 10;
export const ALL_DOTS_PER_SECOND = 80;
/** Dots alive at once, at most: a big stream thins its dots instead of slowing the page. */
export const MAX_DOTS = 600;
const NICE = [1, 2, 5];
const MiB = 1024 * 1024;

/**
 * 1, 2, 5, 10, 20, 50, …: the smallest such number of records per dot that keeps the busiest wire and
 * all wires together within their budgets.
 * @example recordsPerDotFor(1500, 1500) // 200
 */
export function recordsPerDotFor(busiest: number, total = busiest): number {
  for (let scale = 1; ; scale *= 10)
    for (const n of NICE) {
      const perDot = n * scale;
      if ((busiest / perDot <= BUSIEST_DOTS_PER_SECOND && total / perDot <= ALL_DOTS_PER_SECOND) || perDot >= 1e9)
        return perDot;
    }
}

/** How long a dot takes along a wire: fuller wires (bytes/s against a shard's 1 MiB/s) move faster. */
export const travelMs = (bytesPerSecond: number) => 1800 / (0.75 + 0.5 * Math.min(1, bytesPerSecond / MiB));

/** Bigger records, bigger dots: 3 px for 100 bytes, 5 px for a megabyte. */
export const dotRadius = (bytesPerRecord: number) =>
  2.5 + 2.5 * Math.min(1, Math.max(0, Math.log10(Math.max(1, bytesPerRecord)) / 6));

interface ReadRate {
  reader: string;
  shard: string;
  recordsPerSecond: number;
}

/** A small seeded generator (mulberry32): the same picture for the same run, in tests too. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class TrafficModel {
  dots: Dot[] = [];
  recordsPerDot = 1;
  /** Per reader: unread records and the oldest one's age, over the shards it reads. */
  backlog = new Map<string, { records: number; lagMs: number }>();
  private last: TrafficSample | null = null;
  private reads: ReadRate[] = [];
  private expiring = new Map<string, number>();
  private pendingDeliveries: { firehose: string; bucket: string }[] = [];
  private owed = new Map<string, number>();
  private random = prng(20_260_101);

  /** Takes a new sample of the simulation; rates come from what changed since the previous one. */
  sample(next: TrafficSample): void {
    const previous = this.last;
    this.last = next;
    const dt = previous ? (next.now - previous.now) / 1000 : 0;
    if (previous && dt > 0) {
      const before = new Map(previous.reads.flatMap((r) => r.shards.map((s) => [`${r.reader}|${s.shard}`, s.cursor])));
      this.reads = next.reads.flatMap((r) =>
        r.shards.map((s) => ({
          reader: r.reader,
          shard: s.shard,
          recordsPerSecond: Math.max(0, (s.cursor - (before.get(`${r.reader}|${s.shard}`) ?? s.cursor)) / dt),
        })),
      );
      this.expiring = new Map(
        Object.entries(next.expired).map(([shard, n]) => [
          shard,
          Math.max(0, (n - (previous.expired[shard] ?? n)) / dt),
        ]),
      );
      const delivered = new Map(previous.deliveries.map((d) => [d.firehose, d.objects]));
      for (const d of next.deliveries) {
        const count = Math.min(4, d.objects - (delivered.get(d.firehose) ?? d.objects));
        for (let i = 0; i < count; i++) this.pendingDeliveries.push({ firehose: d.firehose, bucket: d.bucket });
      }
    } else if (!previous || dt < 0) {
      // First sample, or the simulation was replaced: no rates until time has run.
      this.reads = [];
      this.expiring = new Map();
    }
    this.backlog = new Map(
      next.reads.map((r) => [
        r.reader,
        {
          records: r.shards.reduce((n, s) => n + s.backlog, 0),
          lagMs: r.shards.reduce((m, s) => Math.max(m, s.lagMs), 0),
        },
      ]),
    );
    const busiest = Math.max(
      0,
      ...next.writes.map((w) => w.recordsPerSecond),
      ...this.reads.map((r) => r.recordsPerSecond),
    );
    this.recordsPerDot = recordsPerDotFor(busiest);
  }

  /** Each reader's read rate per shard since the previous sample, in records per (virtual) second. */
  readRates(): readonly ReadRate[] {
    return this.reads;
  }

  /** Whether anything flows: the legend is shown only then. */
  flowing(): boolean {
    return (
      (this.last?.writes.some((w) => w.recordsPerSecond > 0) ?? false) || this.reads.some((r) => r.recordsPerSecond > 0)
    );
  }

  /** Moves every dot on by `ms` of wall time and lets new ones out, as the rates say. */
  advance(ms: number): void {
    for (const dot of this.dots) {
      const step = ms / dot.duration;
      if (dot.back) dot.t -= step;
      else dot.t += step;
      if (dot.kind === 'throttled' && !dot.back && dot.t >= 1) {
        dot.back = true;
        dot.t = 1 - (dot.t - 1);
      }
    }
    this.dots = this.dots.filter((d) => (d.back ? d.t > 0 : d.t < 1));
    const sample = this.last;
    if (!sample) return;
    const seconds = ms / 1000;
    for (const w of sample.writes) {
      const due = this.due(w.producer, (w.recordsPerSecond / this.recordsPerDot) * seconds);
      for (let i = 0; i < due; i++) {
        const target = this.pick(w.shards);
        if (!target) break;
        this.spawn({
          kind: this.random() < target.throttledShare ? 'throttled' : 'write',
          from: w.producer,
          to: target.shard,
          duration: travelMs(w.recordsPerSecond * w.bytesPerRecord),
          radius: dotRadius(w.bytesPerRecord),
        });
      }
    }
    for (const r of this.reads) {
      const due = this.due(`${r.reader}|${r.shard}`, (r.recordsPerSecond / this.recordsPerDot) * seconds);
      for (let i = 0; i < due; i++)
        this.spawn({
          kind: 'read',
          from: r.shard,
          to: r.reader,
          duration: travelMs(r.recordsPerSecond * 500),
          radius: 3,
        });
    }
    for (const [shard, rate] of this.expiring) {
      const due = this.due(`expired|${shard}`, (rate / this.recordsPerDot) * seconds);
      for (let i = 0; i < due; i++) this.spawn({ kind: 'expired', from: shard, to: '', duration: 900, radius: 3 });
    }
    for (const d of this.pendingDeliveries.splice(0))
      this.spawn({ kind: 'delivered', from: d.firehose, to: d.bucket, duration: 1400, radius: 6 });
  }

  /** Whole dots due on a wire, carrying the fraction over to the next frame. */
  private due(key: string, dots: number): number {
    const owed = (this.owed.get(key) ?? 0) + dots;
    const whole = Math.floor(owed);
    this.owed.set(key, owed - whole);
    return whole;
  }

  private pick<T extends { share: number }>(choices: T[]): T | undefined {
    let x = this.random() * choices.reduce((sum, c) => sum + c.share, 0);
    for (const c of choices) if ((x -= c.share) < 0) return c;
    return choices.at(-1);
  }

  private spawn(dot: Omit<Dot, 't' | 'back' | 'lane'>): void {
    if (this.dots.length >= MAX_DOTS) return;
    this.dots.push({ ...dot, t: 0, back: false, lane: this.random() * 2 - 1 });
  }
}
