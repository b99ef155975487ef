import { expect, test } from '@playwright/test';
import { fetchBank, keyPosition } from './helpers';

test('the progress dashboard shows per-domain accuracy from the answers given', async ({ page }) => {
  await page.goto('./#/quiz');
  const bank = await fetchBank(page);
  await page.getByRole('checkbox', { name: 'Cloud and Infrastructure' }).check();
  await page.getByLabel('Number of questions').fill('12');
  await page.getByRole('radio', { name: 'At the end' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 12; i++) {
    await expect(page.locator('.exam-progress')).toContainText(`Question ${i + 1} of 12`);
    const { pos } = await keyPosition(page, bank);
    await page.keyboard.press(String(i < 9 ? pos + 1 : ((pos + 1) % 6) + 1));
    if (i === 0) await page.keyboard.press('s');
    if (i < 11) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Submit answers…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
  await expect(page.locator('.score-facts')).toContainText('9 of 12');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const table = page.getByRole('table', { name: /accuracy over all time/i });
  const cloud = table.getByRole('row', { name: /Cloud and Infrastructure/ });
  // Beta(10, 4) posterior: mean 10/14 = 71%, with its 90% interval.
  await expect(cloud.getByRole('cell').nth(1)).toContainText(/^71% \(\d+%–\d+%\)/);
  await expect(cloud.getByRole('cell').nth(3)).toHaveText('12 / 55');
  await expect(
    table
      .getByRole('row', { name: /Data Engineering/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('Not enough data (0 answered)');
  const calib = page.getByRole('table', { name: /Accuracy when you marked yourself/ });
  await expect(calib.getByRole('row', { name: /sure/ }).first()).toContainText('1100%');
  await expect(page.getByRole('heading', { name: /Readiness/ })).toBeVisible();
  await expect(page.getByText(/chance of passing a full simulation today/)).toBeVisible();
});
