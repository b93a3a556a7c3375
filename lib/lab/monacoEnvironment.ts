import type * as Monaco from 'monaco-editor';
import { editorCompilerOptions, kinesisEventTypes, kinesisJsDocGlobals } from './kinesisEventTypes';

export type MonacoApi = typeof Monaco;

/*
 * Monaco asks for a worker by label. Every label must get one: a factory that returns undefined makes
 * Monaco fail later with "Cannot read properties of undefined (reading 'postMessage')". The URLs are
 * written out literally because the bundler only emits a worker chunk for a `new URL('…', import.meta.url)`
 * it can see; a chunk is downloaded only when Monaco first asks for its label.
 */
function createWorker(label: string): Worker {
  switch (label) {
    case 'typescript':
    case 'javascript':
      return new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), {
        type: 'module',
        name: label,
      });
    case 'json':
      return new Worker(new URL('monaco-editor/language/json/json.worker.js', import.meta.url), {
        type: 'module',
        name: label,
      });
    case 'css':
    case 'scss':
    case 'less':
      return new Worker(new URL('monaco-editor/language/css/css.worker.js', import.meta.url), {
        type: 'module',
        name: label,
      });
    case 'html':
    case 'handlebars':
    case 'razor':
      return new Worker(new URL('monaco-editor/language/html/html.worker.js', import.meta.url), {
        type: 'module',
        name: label,
      });
    default:
      return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), {
        type: 'module',
        name: label,
      });
  }
}

// Extra libraries live in the TypeScript worker, shared by every editor on the page: register them once.
function configureLanguages(monaco: MonacoApi): void {
  const { javascriptDefaults, typescriptDefaults } = monaco.typescript;
  typescriptDefaults.setCompilerOptions({ ...editorCompilerOptions, strict: true });
  javascriptDefaults.setCompilerOptions({ ...editorCompilerOptions });
  // JavaScript: syntax errors yes, type errors no (checkJs is off), completions from the declarations.
  javascriptDefaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false });
  typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  // The paths only name the files inside the service; nothing is fetched from them.
  const typesPath = 'file:///node_modules/@types/shardlab-lab/index.d.ts';
  typescriptDefaults.addExtraLib(kinesisEventTypes, typesPath);
  javascriptDefaults.addExtraLib(kinesisEventTypes, typesPath);
  javascriptDefaults.addExtraLib(kinesisJsDocGlobals, 'file:///node_modules/@types/shardlab-lab/jsdoc.d.ts');
}

let loading: Promise<MonacoApi> | undefined;

/**
 * Loads Monaco from the site's own bundle (never a CDN), wires its workers and sets up the Lambda
 * typings. Call it from the browser only; every call returns the same promise.
 *
 * @example
 * const monaco = await loadMonaco();
 * const editor = monaco.editor.create(element, { value: 'export const handler = async () => {};', language: 'javascript' });
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= (async () => {
    // Set before the first editor exists: Monaco reads it when it starts its first worker.
    self.MonacoEnvironment = { getWorker: (_workerId, label) => createWorker(label) };
    const monaco = await import('monaco-editor');
    configureLanguages(monaco);
    return monaco;
  })().catch((error: unknown) => {
    // A failed chunk download (offline, a new deployment) should not stick: let the next mount retry.
    loading = undefined;
    throw error;
  });
  return loading;
}
