import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: import.meta.dirname });

async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the simulator purity rule', () => {
  const engineFile = 'simulator/engine/example.ts';

  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", /no-restricted-imports: .*no React/],
    ["import Link from 'next/link';\nexport const x = Link;", /no-restricted-imports: .*no Next\.js/],
    ["import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;", /no UI libraries/],
    ["import { create } from 'zustand';\nexport const x = create;", /zustand\/vanilla only/],
    ['export const t = Date.now();', /no-restricted-properties: .*virtual clock/],
    ['export const t = performance.now();', /no-restricted-properties: .*virtual clock/],
    ['export const r = Math.random();', /no-restricted-properties: .*seeded PRNG/],
    ['export const d = new Date();', /no-restricted-syntax: .*new Date\(\) reads the wall clock/],
    ['export const w = window.innerWidth;', /no-restricted-globals: .*no DOM/],
    ["export const e = document.createElement('div');", /no-restricted-globals: .*no DOM/],
  ])('rejects %s', async (code, expected) => {
    expect((await lint(code, engineFile)).join('\n')).toMatch(expected);
  });

  it('accepts pure engine code, zustand/vanilla and fixed dates', async () => {
    const code =
      "import { createStore } from 'zustand/vanilla';\nexport const s = createStore(() => ({ t: new Date(0).getTime() }));\n";
    expect(await lint(code, engineFile)).toEqual([]);
  });

  it('does not apply outside simulator/', async () => {
    expect(await lint('export const t = Date.now();\n', 'lib/example.ts')).toEqual([]);
  });
});
