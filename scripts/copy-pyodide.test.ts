import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyPyodideFiles, PYODIDE_FILES } from './copy-pyodide';

let root: string;
let source: string;
let target: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'copy-pyodide-'));
  source = path.join(root, 'node_modules', 'pyodide');
  target = path.join(root, 'public', 'pyodide');
  mkdirSync(source, { recursive: true });
  // A stand-in package: each runtime file holds its own name, plus a file the worker never loads.
  for (const name of PYODIDE_FILES) writeFileSync(path.join(source, name), name);
  writeFileSync(path.join(source, 'console.html'), '<html></html>');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('copyPyodideFiles', () => {
  it('copies the runtime files the worker loads, and only those', () => {
    expect(copyPyodideFiles(source, target)).toEqual([...PYODIDE_FILES]);
    for (const name of PYODIDE_FILES) expect(readFileSync(path.join(target, name), 'utf8')).toBe(name);
    expect(existsSync(path.join(target, 'console.html'))).toBe(false);
  });

  it('copies nothing when the copies are up to date', () => {
    copyPyodideFiles(source, target);
    expect(copyPyodideFiles(source, target)).toEqual([]);
  });

  it('copies again a file that changed in the package or went missing from the copy', () => {
    copyPyodideFiles(source, target);
    writeFileSync(path.join(source, 'pyodide-lock.json'), '{"info": {"version": "next"}}');
    rmSync(path.join(target, 'python_stdlib.zip'));
    expect(copyPyodideFiles(source, target)).toEqual(['python_stdlib.zip', 'pyodide-lock.json']);
    expect(readFileSync(path.join(target, 'pyodide-lock.json'), 'utf8')).toBe('{"info": {"version": "next"}}');
  });

  it('names every file loadPyodide fetches from the real package', () => {
    const real = path.join(import.meta.dirname, '..', 'node_modules', 'pyodide');
    for (const name of PYODIDE_FILES) expect(existsSync(path.join(real, name)), name).toBe(true);
  });
});
