import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

test('a short quiz can be sat on a phone-sized screen', async ({ page }) => {
  await page.goto('./#/quiz');
  await page.getByRole('checkbox', { name: 'Model Deployment' }).check();
  await page.getByLabel('Number of questions').fill('3');
  await page.getByRole('radio', { name: 'At the end' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.exam-progress')).toContainText(`Question ${i + 1} of 3`);
    const option = page.getByRole('radio').nth(i);
    await option.scrollIntoViewIfNeeded();
    await option.tap();
    await expect(option).toHaveAttribute('aria-checked', 'true');
    const box = await option.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    if (i < 2) await page.getByRole('button', { name: 'Next →' }).tap();
  }
  await page.getByRole('button', { name: 'Review and submit' }).tap();
  await page.getByRole('button', { name: 'Submit answers…' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).tap();
  await expect(page.locator('.score-facts')).toContainText('of 3');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('no main screen is wider than a phone', async ({ page }) => {
  for (const route of ['#/', '#/browse', '#/quiz', '#/review', '#/progress', '#/history', '#/settings']) {
    await page.goto(`./${route}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, route).toBeLessThanOrEqual(375);
  }
});
