import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink, type SharedSimulation } from './shareLink';

const shared: SharedSimulation = {
  v: 1,
  scenario: 'hot-key',
  seed: 11,
  log: Array.from({ length: 200 }, (_, i) => ({ type: 'time/advance' as const, until: 1767225602000 + i * 16 })),
};

describe('share links', () => {
  it('round-trip and stay compact', () => {
    const hash = encodeShareLink(shared);
    expect(hash).toMatch(/^#sim=[A-Za-z0-9+\-$]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(shared).length / 4);
    expect(decodeShareLink(hash)).toEqual({ ok: true, shared });
  });

  it('read a bucket placed with the older s3: spelling as bucket:', () => {
    const old = { ...shared, canvas: { positions: { 's3:archive-1': { x: 1, y: 2 } }, drafts: [] } };
    const decoded = decodeShareLink(encodeShareLink(old));
    expect(decoded.ok && decoded.shared.canvas?.positions).toEqual({ 'bucket:archive-1': { x: 1, y: 2 } });
  });

  it('explain a damaged or foreign link', () => {
    const hash = encodeShareLink(shared);
    expect(decodeShareLink('#other')).toEqual({
      ok: false,
      error: 'This link does not contain a simulation (it should end in #sim=…).',
    });
    expect(decodeShareLink(hash.slice(0, hash.length / 2))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This simulation link is damaged/),
    });
    expect(decodeShareLink(encodeShareLink({ ...shared, v: 2 } as unknown as SharedSimulation))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/different version/),
    });
    expect(decodeShareLink(encodeShareLink({ ...shared, scenario: '../etc' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/names no valid scenario/),
    });
  });
});
