import { expect, test } from '@playwright/test';
import { fetchBank, keyPosition } from './helpers';

async function cardDue(page: import('@playwright/test').Page, id: string): Promise<number> {
  return page.evaluate(
    (qid) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('mlops-exam-prep');
        open.onsuccess = () => {
          const get = open.result.transaction('cards').objectStore('cards').get(qid);
          get.onsuccess = () => resolve(get.result?.due ?? -1);
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
    id,
  );
}

test('a question missed in practice comes back for review, and reviewing it pushes it out', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-27T09:00:00') });
  await page.goto('./');
  const bank = await fetchBank(page);
  await page.getByRole('button', { name: 'Drill Model Monitoring and Governance' }).click();
  await expect(page.locator('.exam-progress')).toContainText('Question 1 of 10');
  const { id, pos } = await keyPosition(page, bank);
  await page.keyboard.press(String(((pos + 1) % 6) + 1)); // a wrong answer
  await expect(page.getByText('Not quite.')).toBeVisible();
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Submit answers…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
  await expect(page).toHaveURL(/#\/results\//);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  // One scheduling update a day: the card moved this morning comes back tomorrow.
  await expect(page.getByTestId('due-now')).toHaveText('0');
  await page.clock.fastForward('24:00:00');
  await page.reload();
  await expect(page.getByTestId('due-now')).toHaveText('1');
  const dueBefore = await cardDue(page, id);
  // The home screen counts it too, once its stores have loaded after the first paint.
  await page.goto('./#/');
  await expect(page.getByRole('region', { name: 'Spaced review' })).toContainText('1 due now · 1 due today');

  // A personal note on the question comes back in review.
  await page.goto(`./#/questions/${id}`);
  await page.getByRole('textbox', { name: 'Your note' }).fill('Watch the label delay');
  await page.getByRole('textbox', { name: 'Your note' }).blur();
  await expect(page.getByText('Note saved.')).toBeVisible();
  await page.goto('./#/review');

  await page.getByRole('button', { name: 'Start reviewing' }).click();
  await expect(page.locator('article[data-question-id]')).toHaveAttribute('data-question-id', id);
  const again = await keyPosition(page, bank);
  await page.keyboard.press(String(again.pos + 1));
  await expect(page.getByRole('button', { name: /^Good, next review in .* \(suggested\)$/ })).toBeVisible();
  await expect(page.getByText('Your note: Watch the label delay')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Nothing more is due right now.')).toBeVisible();
  await expect(page.getByTestId('due-now')).toHaveText('0');
  const dueAfter = await cardDue(page, id);
  expect(dueAfter).toBeGreaterThan(dueBefore);
  expect(dueAfter).toBeGreaterThan(Date.parse('2026-11-28T09:00:00'));

  await page.getByRole('button', { name: 'Undo last review' }).click();
  await expect(page.locator('article[data-question-id]')).toHaveAttribute('data-question-id', id);
  expect(await cardDue(page, id)).toBe(dueBefore);
});
