import { expect, test } from '@playwright/test';
import { seriousAxeViolations as serious } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('main screens have no serious or critical axe violations', async ({ page }) => {
      test.setTimeout(120_000);
      const found: Record<string, string[]> = {};
      const check = async (name: string) => {
        await page.waitForTimeout(150);
        const v = await serious(page);
        if (v.length) found[name] = v;
      };
      for (const [name, route] of [
        ['home', '#/'],
        ['browser', '#/browse'],
        ['question', '#/questions/data-engineering-001'],
        ['quiz builder', '#/quiz'],
        ['review queue', '#/review'],
        ['dashboard', '#/progress'],
        ['settings', '#/settings'],
      ] as const) {
        await page.goto(`./${route}`);
        await expect(page.locator('main h1').first()).toBeVisible();
        await check(name);
      }
      await page.goto('./');
      await page.getByRole('button', { name: 'Start the simulation' }).click();
      await expect(page.locator('.exam-progress')).toBeVisible();
      await page.keyboard.press('2');
      await page.keyboard.press('f');
      await check('exam');
      await page.keyboard.press('r');
      await check('review screen');
      await page.getByRole('button', { name: 'Submit answers…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
      await expect(page.locator('.score-summary')).toBeVisible();
      await check('results');
      expect(found).toEqual({});
    });
  });
}

test('the timer is not a live region, and warnings are announced politely', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the simulation' }).click();
  await expect(page.getByRole('timer')).toHaveAttribute('aria-live', 'off');
  await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveCount(1);
});
