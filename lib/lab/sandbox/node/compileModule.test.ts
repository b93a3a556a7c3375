import { describe, expect, it } from 'vitest';
import { compileModule } from './compileModule';

function syntaxMessage(path: string, source: string): string {
  try {
    compileModule(path, source);
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return (error as Error).message;
  }
  throw new Error('expected a syntax error');
}

describe('compileModule', () => {
  it('leaves CommonJS as written (sloppy mode, as Node runs it)', () => {
    const source = 'exports.handler = async () => { undeclared = 1; };';
    expect(compileModule('index.js', source)).toEqual({ code: source, esm: false });
  });

  it('turns ES modules and TypeScript into CommonJS', () => {
    const esm = compileModule('index.mjs', "import { a } from './a.mjs';\nexport const handler = () => a;");
    expect(esm.esm).toBe(true);
    expect(esm.code).toContain("require('./a.mjs')");
    expect(esm.code).toContain('exports.handler = handler');
    const ts = compileModule('index.ts', 'type E = { n: number };\nexport const handler = (e: E): number => e.n;');
    expect(ts.code).not.toContain(': number');
    expect(ts.esm).toBe(true);
  });

  it('keeps line numbers, so stack traces point at the learner’s lines', () => {
    const { code } = compileModule(
      'index.ts',
      'interface A {\n  x: number;\n}\nexport const handler = () => {\n  throw new Error();\n};',
    );
    expect(code.split('\n')[4]).toContain('throw new Error()');
  });

  it.each([
    ['index.mjs', 'export const handler = async (event) => {\n  const total = ;\n};', "Unexpected token ';'"],
    [
      'index.mjs',
      'export const handler = async (event) => {\n  return event.Records.map((r) => r.kinesis.data\n};',
      'missing ) after argument list',
    ],
    ['index.mjs', 'export const handler = async (event) => {\n  return 1;\n', 'Unexpected end of input'],
    [
      'index.mjs',
      "import { X } from 'x';\nexport async function handler() {\n  const a = 1 const b = 2;\n}",
      "Unexpected token 'const'",
    ],
    ['index.js', 'exports.handler = async () => {\n  foo bar;\n};', "Unexpected identifier 'bar'"],
  ])('words a syntax error in %s as V8 does: %j', (path, source, message) => {
    expect(syntaxMessage(path, source)).toBe(message);
  });

  it('falls back to the parser’s words for TypeScript', () => {
    expect(syntaxMessage('index.ts', 'export const handler = (e: ) => 1;')).toBe('Unexpected token');
  });
});
