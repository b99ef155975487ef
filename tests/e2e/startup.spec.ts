import { expect, test, type Page, type Route } from '@playwright/test';
import { practiceForms } from '../../src/core/exam/forms';
import type { CompiledBank } from '../../src/core/bank/schema';

// page.route does not see requests a service worker answers.
test.use({ serviceWorkers: 'block' });

/** Holds every request matching `url` until the returned function is called. */
async function hold(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}
const holdBank = (page: Page) => hold(page, '**/bank.json');

test.describe('start-up', () => {
  test('shows the home screen before the full bank has arrived, and a simulation started then waits for it', async ({
    page,
    request,
  }) => {
    const bank = (await (await request.get('./bank.json')).json()) as CompiledBank;
    const release = await holdBank(page);
    await page.goto('./');

    await expect(page.getByRole('heading', { level: 1, name: /prepare for your mlops loop/i })).toBeVisible();
    await expect(page.getByText(`${bank.questions.length} scenario questions`)).toBeVisible();
    const table = page.getByRole('table', { name: /domains with their exam weight/i });
    const de = bank.questions.filter((q) => q.domain === 'data-engineering').length;
    await expect(table.getByRole('row', { name: `Data Engineering 20% ${de} Drill Data Engineering` })).toBeVisible();
    const first = practiceForms(bank.questions, bank.simulation.forms)[0]!;
    await expect(
      page.getByRole('button', { name: new RegExp(`^${first.title} ${first.questionIds.length} questions`) }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Start the simulation' }).click();
    await expect(page.getByRole('button', { name: 'Start the simulation' })).toBeDisabled();
    release();
    await expect(page.locator('.exam-progress')).toContainText(`Question 1 of ${bank.simulation.questions}`);
  });

  test('paints the home screen, in the chosen theme, before the storage code has loaded', async ({ page }) => {
    await page.goto('./#/settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.goto('./#/');
    // Dexie, FSRS and the stores that use them come in a chunk of their own, after the first screen.
    const release = await hold(page, '**/assets/deferred-*.js');
    await page.reload();

    await expect(page.locator('#app[data-ready]')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1, name: /prepare for your mlops loop/i })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const review = page.getByRole('region', { name: 'Spaced review' });
    await expect(review).toContainText('Counting your cards…');
    // Started now, a simulation waits for the stores, then opens.
    await page.getByRole('button', { name: 'Start the simulation' }).click();
    await expect(page.getByRole('button', { name: 'Start the simulation' })).toBeDisabled();
    release();
    await expect(page.locator('.exam-progress')).toContainText('Question 1 of');
  });

  test('opens any other screen once the full bank is there', async ({ page }) => {
    const release = await holdBank(page);
    await page.goto('./#/browse');
    await expect(page.getByRole('status')).toHaveText('Loading the question bank…');
    release();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  });

  test('rejects a bank.json that is not the one the build checked and breaks the schema, naming the field', async ({
    page,
  }) => {
    let source = '';
    await page.route('**/bank.json', async (route) => {
      const res = await route.fetch();
      const bank = (await res.json()) as CompiledBank;
      (bank.questions[5] as { difficulty: string }).difficulty = 'trivial';
      source = bank.questions[5]!.source;
      await route.fulfill({ response: res, json: bank });
    });
    await page.goto('./');
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading', { name: 'The question bank could not be loaded' })).toBeVisible();
    await expect(panel).toContainText(`${source}: difficulty:`);
    await expect(page.getByRole('button', { name: 'Start the simulation' })).toHaveCount(0);
  });

  test('says so when bank.json is not JSON', async ({ page }) => {
    await page.route('**/bank.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"v":1,' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The question bank (bank.json) is not valid JSON');
  });

  test('follows an address changed while the app is still starting', async ({ page }) => {
    // The first screen's code is held, so the router is still on its first navigation when Back, a
    // link or a typed address changes the hash.
    const release = await hold(page, '**/assets/SettingsView-*.js');
    await page.goto('./#/settings');
    await page.evaluate(() => (location.hash = '#/browse'));
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Question browser' })).toBeVisible();
    await expect(page).toHaveURL(/#\/browse$/);
  });

  test("says when a screen's code cannot be fetched, and Try again loads it once it can", async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#app[data-ready]')).toBeAttached();
    const chunk = '**/assets/SettingsView-*.js';
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This screen could not be loaded');
    await expect(alert).toContainText('SettingsView');
    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page).toHaveURL(/#\/settings$/);
  });
});
