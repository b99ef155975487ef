import { expect, test } from '@playwright/test';

test('after one visit the app loads and works with the network off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: /prepare for your mlops loop/i })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: /prepare for your mlops loop/i })).toBeVisible();
  await page.getByRole('button', { name: 'Drill Data Engineering' }).click();
  await expect(page.locator('.exam-progress')).toContainText('Question 1 of 10');
  await page.keyboard.press('1');
  await expect(page.locator('.verdict')).toHaveText(/^(Correct\.|Not quite\.)$/);
  await context.setOffline(false);
});
