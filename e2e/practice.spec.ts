import type { Page } from '@playwright/test';
import { axeViolations, expect, progressReady, test } from './fixtures';

async function openHub(page: Page) {
  await page.goto('/practice/');
  await progressReady(page);
}

/** The first option of the exam question on screen, whether it asks for one answer or two. */
const firstOption = (page: Page) =>
  page
    .getByRole('group', { name: /^Choose/ })
    .getByRole('radio')
    .or(page.getByRole('group', { name: /^Choose/ }).getByRole('checkbox'))
    .first();

const form = (page: Page, name: 'Practice' | 'Timed exam') => page.getByRole('form', { name });

/** Answers the question on screen with its first option (ticking "not sure" when asked) and checks it. */
async function answerFirst(page: Page, unsure = false) {
  const question = page.getByRole('article').last();
  const legend = (await question.locator('legend').textContent()) ?? '';
  const need = Number(/Choose (\d)/.exec(legend)?.[1] ?? 1);
  const inputs = question.getByRole(need > 1 ? 'checkbox' : 'radio', { name: /^[A-E]\. / });
  for (let i = 0; i < need; i++) await inputs.nth(i).check();
  if (unsure) await question.getByLabel(/I'm not sure/).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toHaveText(/^(Right\.|Not quite)/);
}

test('a practice set gives feedback on every option, links to the chapter, and lands in the history', async ({
  page,
}) => {
  await openHub(page);
  const practice = form(page, 'Practice');
  await practice.getByLabel('Consumers (15)').check();
  await practice.getByLabel('Questions', { exact: true }).fill('2');
  await expect(practice.getByText('15 questions match.')).toBeVisible();
  await practice.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(/\/practice\/run\/\?topics=consumers&count=2&seed=\d+/);
  await answerFirst(page);
  const first = page.getByRole('article').first();
  // Every option now says whether it is right, with its own explanation (after a decorative icon and a space).
  await expect(first.getByText(/^\s*(Correct|Wrong|Your choice: wrong)$/)).toHaveCount(
    await first
      .getByRole('group', { name: /^Choose/ })
      .getByRole('listitem')
      .count(),
  );
  await expect(first.getByRole('link', { name: /^Read: Consumers/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next question' }).click();
  await answerFirst(page);
  await expect(page.getByText(/^\d of 2 right\./)).toBeVisible();
  await page.getByRole('link', { name: 'Back to exam practice' }).click();
  await expect(page.getByRole('table', { name: 'Your attempts, newest first' })).toContainText('Practice');
});

test('a timed exam survives a reload with its flags, then shows results by topic and domain', async ({ page }) => {
  await openHub(page);
  const exam = form(page, 'Timed exam');
  await exam.getByLabel('DEA-C01').check();
  await exam.getByLabel('Questions', { exact: true }).fill('3');
  await exam.getByLabel('Minutes', { exact: true }).fill('10');
  await exam.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page).toHaveURL(/\/practice\/exam\/$/);
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  await firstOption(page).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Flag for review', exact: true }).click();
  await expect(page.getByText('Question 2 of 3 · flagged for review', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(page.getByText('Question 2 of 3 · flagged for review', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByText('2 unanswered: they count as wrong. 1 flagged for review.')).toBeVisible();
  await expect(page.getByRole('button', { name: '2. unanswered · flagged', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Submit the exam' }).click();
  await expect(page.getByRole('heading', { name: /^Your result: [01] of 3/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By topic' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By exam domain' })).toContainText('DEA-C01 ·');
  await page.getByRole('button', { name: /^2\. Wrong/ }).click();
  await expect(page.getByText('(correct)').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an exam left open past its time is submitted by the clock', async ({ page }) => {
  await page.clock.install();
  await openHub(page);
  const exam = form(page, 'Timed exam');
  await exam.getByLabel('Questions', { exact: true }).fill('2');
  await exam.getByLabel('Minutes', { exact: true }).fill('1');
  await exam.getByRole('button', { name: 'Start the exam' }).click();
  await firstOption(page).check();
  await expect(page.getByLabel(/^Time left /)).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(page.getByText('The time ran out, so the exam was submitted for you.')).toBeVisible();
  await openHub(page);
  await expect(page.getByRole('table', { name: 'Your attempts, newest first' })).toContainText('time ran out');
});

test('an unsure answer comes back in the spaced review, counted on the home page', async ({ page }) => {
  // Mid-morning, so the question's next review (minutes away) falls on the same day.
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto('/practice/run/?topics=security&count=1&seed=3');
  await progressReady(page);
  await answerFirst(page, true);
  await expect(page.getByText(/^Back in your spaced review in \d+ minutes?\.$/)).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('1 question due for review today.')).toBeVisible();
  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page.getByText('Spaced review: 1 due today.')).toBeVisible();
});

test('the decision drill plays with the keyboard alone', async ({ page }) => {
  await page.goto('/practice/drill/');
  await progressReady(page);
  const scenario = page.getByText(/^Scenario 1 of \d+/);
  await expect(scenario).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByRole('status')).toHaveText(/^(Right|Not quite): /);
  // Feedback moves focus to "Next scenario", so Enter goes on.
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Scenario 2 of \d+ · [01] right so far/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
