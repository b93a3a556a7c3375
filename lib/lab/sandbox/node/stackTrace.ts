/**
 * Stack traces as a learner would read them in CloudWatch: frames point at `file:///var/task/<file>:line:col`
 * with the line numbers of the file they wrote, and the sandbox's own frames (the worker, the bundler's
 * chunks) are left out — Lambda's traces show the runtime's frames, ours would only be noise.
 */

/** Where Lambda unpacks the deployment package; every module is compiled with a sourceURL under it. */
export const TASK_ROOT = '/var/task';

/** The `//# sourceURL` comment that names a compiled module in stack traces. */
export function sourceUrlComment(path: string): string {
  return `\n//# sourceURL=file://${TASK_ROOT}/${path}`;
}

/**
 * How many lines the engine puts in front of a `new Function` body (V8: 2, for the
 * `function anonymous(…\n) {\n` header). Measured once instead of assumed, so other engines also map right.
 */
export const functionLineOffset: number = (() => {
  try {
    const probe = new Function(
      `return new Error('probe').stack;${sourceUrlComment('__line_probe__.js')}`,
    ) as () => string;
    const match = /__line_probe__\.js:(\d+)/.exec(probe() ?? '');
    return match ? Number(match[1]) - 1 : 0;
  } catch {
    return 0;
  }
})();

const TASK_LOCATION = /(file:\/\/\/var\/task\/[^\s:()]+):(\d+)/g;
const V8_FRAME = /^\s+at\s/;
// Firefox and Safari print frames as `name@url:line:col`.
const OTHER_FRAME = /^[^\s]*@\S*:\d+:\d+$/;

function isFrame(line: string): boolean {
  return V8_FRAME.test(line) || OTHER_FRAME.test(line);
}

/**
 * Splits a stack into lines, keeps the message lines and the frames inside the deployment package, and
 * moves those frames' line numbers back to the lines of the learner's file.
 * @example cleanStack('Error: boom\n    at Runtime.handler (file:///var/task/index.mjs:5:9)\n    at run (worker.js:1:1)')
 * // → ['Error: boom', '    at Runtime.handler (file:///var/task/index.mjs:3:9)'] (with V8's offset of 2)
 */
export function cleanStack(stack: string): string[] {
  return stack
    .split('\n')
    .filter((line) => !isFrame(line) || line.includes(`file://${TASK_ROOT}/`))
    .map((line) =>
      isFrame(line)
        ? line.replace(
            TASK_LOCATION,
            (_all, url: string, row: string) => `${url}:${Math.max(1, Number(row) - functionLineOffset)}`,
          )
        : line,
    );
}

/** The stack of an error as one string, cleaned like {@link cleanStack}; falls back to `name: message`. */
export function cleanStackText(error: Error): string {
  return typeof error.stack === 'string' ? cleanStack(error.stack).join('\n') : `${error.name}: ${error.message}`;
}
