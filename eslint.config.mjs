import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The engine rule: simulator/ is pure TypeScript that runs the same in a Web Worker, a test and Node.
 * It may not import React, Next, xyflow, Monaco or zustand's React binding, touch the DOM, or read the
 * wall clock or Math.random (time is virtual and randomness is a seeded PRNG kept in the state).
 */
export const simulatorPurity = {
  files: ['simulator/**/*.ts', 'simulator/**/*.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: 'zustand', message: 'simulator/ may use zustand/vanilla only.' }],
        patterns: [
          {
            group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
            message: 'simulator/ is pure TypeScript: no React.',
          },
          { group: ['next', 'next/*'], message: 'simulator/ is pure TypeScript: no Next.js.' },
          {
            group: ['@xyflow/*', 'monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
            message: 'simulator/ is pure TypeScript: no UI libraries.',
          },
          {
            group: ['zustand/react', 'zustand/react/*', 'zustand/traditional'],
            message: 'simulator/ may use zustand/vanilla only.',
          },
          { group: ['@/components/*', '@/app/*'], message: 'simulator/ may not depend on the UI.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'simulator/ has no DOM.' },
      { name: 'document', message: 'simulator/ has no DOM.' },
      { name: 'localStorage', message: 'simulator/ has no DOM.' },
      { name: 'navigator', message: 'simulator/ has no DOM.' },
      { name: 'requestAnimationFrame', message: 'simulator/ runs on virtual time; the runtime owns frames.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'simulator/ uses the virtual clock, never the wall clock.' },
      { object: 'performance', property: 'now', message: 'simulator/ uses the virtual clock, never the wall clock.' },
      { object: 'Math', property: 'random', message: 'simulator/ uses its seeded PRNG, never Math.random().' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'simulator/ uses the virtual clock: new Date() reads the wall clock.',
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  simulatorPurity,
  globalIgnores([
    '.next/**',
    'out/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'public/pyodide/**',
  ]),
]);
