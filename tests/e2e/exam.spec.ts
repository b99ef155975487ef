import { expect, test, type Page } from '@playwright/test';
import { fetchBank, keyPosition } from './helpers';

const progress = (page: Page) => page.locator('.exam-progress');

async function startSimulation(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the simulation' }).click();
  await expect(progress(page)).toContainText('Question 1 of 65');
}

test.describe('a full simulation', () => {
  test('can be sat by keyboard alone, and the results match the answers given', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('./');
    const bank = await fetchBank(page);
    // Keyboard only from here: tab to the start button and press Enter.
    const start = page.getByRole('button', { name: 'Start the simulation' });
    for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(progress(page)).toContainText('Question 1 of 65');
    await expect(page.getByRole('banner')).toHaveCount(0); // focus mode: app navigation hidden

    const expected = new Map<string, { correct: number; total: number }>();
    for (let i = 0; i < 65; i++) {
      await expect(progress(page)).toContainText(`Question ${i + 1} of 65`);
      const { pos, domain } = await keyPosition(page, bank);
      const e = expected.get(domain) ?? { correct: 0, total: 0 };
      e.total++;
      if (i % 4 === 3) {
        // leave unanswered
      } else if (i % 2 === 0) {
        await page.keyboard.press(String(pos + 1));
        e.correct++;
      } else {
        await page.keyboard.press(String(((pos + 1) % 6) + 1));
      }
      expected.set(domain, e);
      if (i === 2) {
        // Cross out an option other than the one chosen (a chosen option cannot be crossed out).
        const other = (pos + 2) % 6;
        await page.keyboard.press('f');
        await page.keyboard.press(`Shift+Digit${other + 1}`);
        const letter = 'ABCDEF'[other];
        await expect(page.getByRole('button', { name: `Restore option ${letter}` })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
      }
      if (i < 64) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('r');
    const review = page.getByRole('region', { name: 'Review before you submit' });
    await expect(review).toContainText('You have answered 49 of 65');
    await expect(review.getByRole('heading', { name: 'Flagged for review (1)' })).toBeVisible();
    await expect(review.getByRole('heading', { name: 'Unanswered (16)' })).toBeVisible();
    await review.getByRole('button', { name: 'Submit answers…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog).toContainText('16 question(s) are unanswered');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/#\/results\//);
    const total = [...expected.values()].reduce((s, e) => s + e.correct, 0);
    await expect(page.locator('.score-facts')).toContainText(`${total} of 65`);
    for (const d of bank.domains) {
      const e = expected.get(d.id)!;
      const row = page
        .getByRole('table', { name: /correct answers, percentage/i })
        .getByRole('row', { name: new RegExp(d.name) });
      await expect(row.getByRole('cell').first()).toHaveText(`${e.correct} / ${e.total}`);
    }
    await page.getByRole('button', { name: /^Unanswered \(16\)$/ }).click();
    await expect(page.locator('.response-review')).toHaveCount(16);
  });

  test('keeps every answer, flag, cross-out, position and the remaining time across a reload', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
    await startSimulation(page);
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Digit5');
    await page.keyboard.press('f');
    await page.keyboard.press('s');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('4');
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toContainText('Question 2 of 65');
    await page.clock.runFor(10 * 60_000);
    // 145 minutes less the 10 run here, less the few real seconds the steps above took (the
    // installed clock also moves in real time, and a loaded CI machine can take several).
    const secondsLeft = async () => {
      const m = (await page.getByRole('timer').getAttribute('aria-label'))!.match(/(\d+):(\d\d):(\d\d)/)!;
      return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    };
    await expect.poll(secondsLeft).toBeLessThanOrEqual(135 * 60);
    expect(await secondsLeft()).toBeGreaterThan(134 * 60);
    const answers = await page.getByRole('radio', { checked: true }).count();
    expect(answers).toBe(0);

    await page.reload();
    await expect(progress(page)).toContainText('Question 2 of 65');
    await expect(page.getByRole('button', { name: 'Restore option E' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /^Sure/ })).toHaveAttribute('aria-pressed', 'true');
    const nav = page.getByRole('navigation', { name: 'Questions' });
    await expect(nav.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Question 2, unanswered, flagged' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Question 3, answered' })).toBeVisible();
    // The clock kept running in real time across the reload, but only for seconds, not from the start.
    await expect(page.getByRole('timer')).toHaveText(/2:1[45]:\d\d/);
    await nav.getByRole('button', { name: 'Question 1, answered' }).click();
    await expect(page.getByRole('radio', { checked: true })).toHaveAccessibleName(/^B: /);
  });

  test('warns as time runs low and submits itself when the clock reaches zero', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
    await startSimulation(page);
    await page.keyboard.press('1');
    await page.clock.runFor(115 * 60_000 + 2000);
    await expect(page.locator('.banner.warn')).toHaveText('30 minutes remaining.');
    await page.clock.runFor(30 * 60_000);
    await expect(page).toHaveURL(/#\/results\//);
    await expect(page.getByText('Time ran out, so this attempt was submitted automatically')).toBeVisible();
    await expect(page.locator('.score-facts')).toContainText('Answered1');
  });

  test('is submitted with its answers when the deadline passed while the app was closed', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
    await startSimulation(page);
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('4');
    // An answer is shown as chosen only once it is committed to IndexedDB.
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await page.goto('about:blank'); // the app is closed
    await page.clock.fastForward('03:00:00');
    await page.goto('http://localhost:4173/');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Time ran out on your full simulation while the app was closed' });
    await expect(notice).toBeVisible();
    await notice.getByRole('link', { name: 'See the results' }).click();
    await expect(page.locator('.score-facts')).toContainText('Answered2');
    await expect(page.getByRole('button', { name: /^Unanswered \(63\)$/ })).toBeVisible();
  });

  test('asks before Back or a typed address leaves it, and Stay keeps the exam and its address', async ({ page }) => {
    await startSimulation(page);
    const examUrl = page.url();
    expect(examUrl).toMatch(/#\/exam\/[^/]+$/);
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { checked: true })).toHaveAccessibleName(/^B: /);
    const leave = page.getByRole('dialog', { name: 'Leave this exam?' });

    await page.evaluate(() => history.back());
    await leave.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(examUrl);
    await expect(progress(page)).toContainText('Question 1 of 65');
    await expect(page.getByRole('radio', { checked: true })).toHaveAccessibleName(/^B: /);

    await page.evaluate(() => (location.hash = '#/settings'));
    await leave.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(examUrl);
    await expect(progress(page)).toContainText('Question 1 of 65');

    await page.evaluate(() => history.back());
    await leave.getByRole('button', { name: 'Leave' }).click();
    await expect(page.getByRole('region', { name: 'Unfinished attempt' })).toContainText('Full simulation');
    await expect(page).toHaveURL(/#\/$|\/$/);
  });

  test('offers an unfinished attempt for resumption on the home screen', async ({ page }) => {
    await startSimulation(page);
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Exit focus mode' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Leave focus mode' }).click();
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('dialog', { name: 'Leave this exam?' }).getByRole('button', { name: 'Leave' }).click();
    const resume = page.getByRole('region', { name: 'Unfinished attempt' });
    await expect(resume).toContainText('Full simulation');
    await resume.getByRole('link', { name: 'Resume' }).click();
    await expect(progress(page)).toContainText('Question 1 of 65');
    await expect(page.getByRole('radio', { checked: true })).toHaveAccessibleName(/^A: /);
  });
});

test.describe('practice', () => {
  test('gives instant feedback with every option explained, and locks the answer', async ({ page }) => {
    await page.goto('./');
    const bank = await fetchBank(page);
    await page.getByRole('button', { name: 'Drill Model Deployment' }).click();
    await expect(progress(page)).toContainText('Question 1 of 10');
    await expect(page.locator('.exam-progress')).toContainText('Model Deployment');
    const { pos } = await keyPosition(page, bank);
    const wrong = (pos + 1) % 6;
    await page.keyboard.press(String(wrong + 1));
    await expect(page.getByText('Not quite.')).toBeVisible();
    await expect(page.getByText('Correct.', { exact: true })).toHaveCount(1);
    await expect(page.getByText('Incorrect.', { exact: true })).toHaveCount(5);
    await page.keyboard.press(String(pos + 1));
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(page.getByRole('radio').nth(wrong)).toHaveAttribute('aria-checked', 'true');
  });

  test('builds a custom quiz and says when nothing matches', async ({ page }) => {
    await page.goto('./#/quiz');
    await page.getByRole('radio', { name: 'Bookmarked' }).check();
    await expect(page.getByText('No question matches these choices.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();
    await page.getByRole('radio', { name: 'All questions' }).check();
    await page.getByRole('checkbox', { name: 'Cloud and Infrastructure' }).check();
    await page.getByLabel('Number of questions').fill('5');
    await page.getByRole('radio', { name: 'At the end' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(progress(page)).toContainText('Question 1 of 5');
    await page.keyboard.press('1');
    await expect(page.getByText('Not quite.')).toHaveCount(0);
    await expect(page.getByText('Correct.', { exact: true })).toHaveCount(0);
  });
});

test.describe('fixed practice tests', () => {
  test('can be retaken and compared with the previous sitting', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('checkbox', { name: "Timed at the simulation's pace" }).uncheck();
    await page.getByRole('button', { name: /^Practice Test 3/ }).click();
    await expect(progress(page)).toContainText('Question 1 of');
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await page.getByRole('button', { name: 'Submit answers…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await expect(page).toHaveURL(/#\/results\//);
    await page.getByRole('button', { name: 'Retake this test' }).click();
    await page.keyboard.press('2');
    await page.keyboard.press('r');
    await page.getByRole('button', { name: 'Submit answers…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('Compared with your previous sitting of this test')).toBeVisible();
    await expect(page.locator('.response-review .tag[class*="change-"]').first()).toBeVisible();
    await page.getByRole('link', { name: 'History' }).first().click();
    await expect(page.getByRole('row', { name: /Practice Test 3/ })).toHaveCount(2);
  });
});
