import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The execution role every lab uses (IAM is not simulated: any well-formed role ARN works). */
export const ROLE = 'arn:aws:iam::000000000000:role/lab-lambda-role';

/**
 * Code goes into the editor by paste, as a learner copying a solution would: typed text is auto-indented.
 * Spec files that edit code pass this to `test.use`.
 */
export const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Opens a lab and waits until its tools are ready (the editor's Deploy button is there). */
export async function openLab(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
}

/** Runs a command (or `count` pasted lines of them) in the lab's console and waits for the output entries. */
export async function run(page: Page, command: string, count = 1) {
  const input = page.getByRole('textbox', { name: 'Command' });
  const entries = page.getByRole('log', { name: 'Console output' }).locator('pre', { hasText: /^\$ / });
  const before = await entries.count();
  await input.fill(command);
  await input.press('Enter');
  await expect(entries).toHaveCount(before + count);
}

/** The status line of the lab step whose heading matches `title`. */
export function step(page: Page, title: RegExp) {
  return page.getByRole('region', { name: title }).locator('[data-step-status]');
}

/** Replaces the editor's whole text: select all, paste. (Monaco's input is focused, not clicked: it is tiny.) */
export async function replaceCode(page: Page, label: string, code: string) {
  await page.getByRole('textbox', { name: label }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.locator('.view-lines').first()).toContainText(code.trimEnd().split('\n').at(-1)!);
}

/** The first ```javascript block after a step's opening tag in a lab's MDX: the solution the lab prints. */
export function solutionOf(lab: string, stepId: string): string {
  const source = readFileSync(`content/labs/${lab}.mdx`, 'utf8');
  const from = source.indexOf(`<LabStep id="${stepId}"`);
  const match = /```javascript\n([\s\S]*?)```/.exec(source.slice(from));
  if (from < 0 || !match) throw new Error(`No JavaScript solution in step ${stepId} of ${lab}`);
  return match[1]!;
}
