import { expect, test } from '@playwright/test';

test.describe('the app shell', () => {
  test('opens on the home screen with all eight domains and their weights', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: /prepare for your mlops loop/i })).toBeVisible();
    const table = page.getByRole('table', { name: /domains with their exam weight/i });
    await expect(table.getByRole('row')).toHaveCount(1 + 8 + 1);
    await expect(table.getByRole('row', { name: /Data Engineering 20%/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /General MLOps 10%/ })).toBeVisible();

    // The header marks the screen shown; a domain's link opens the browser filtered to it.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await table.getByRole('link', { name: 'Model Deployment' }).click();
    await expect(page).toHaveURL(/#\/browse\?domain=model-deployment$/);
    await expect(page.getByRole('combobox', { name: 'Domain' })).toHaveValue('model-deployment');
    await expect(nav.getByRole('link', { name: 'Questions' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: /prepare for your mlops loop/i })).toBeVisible();
  });

  test('browses to a question, renders it and reveals the explanations on request', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' }).click();
    await page.getByRole('combobox', { name: 'Domain' }).selectOption({ label: 'Model Deployment' });
    const links = page.locator('.question-list a');
    await expect(links.first()).toBeVisible();
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.getByRole('status')).toContainText(`${count} question`);
    await links.first().click();
    await expect(page).toHaveURL(/#\/questions\/model-deployment-\d{3}$/);
    const options = page.getByRole('list', { name: 'Options' }).getByRole('listitem');
    await expect(options).toHaveCount(6);
    await expect(page.getByText('Correct.', { exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show the answer and explanations' }).click();
    await expect(page.getByText('Correct.', { exact: true })).toHaveCount(1);
    await expect(page.getByText('Incorrect.', { exact: true })).toHaveCount(5);
    await expect(page.getByRole('heading', { name: /Why [A-F] is the best answer/ })).toBeVisible();
  });

  test('goes back from a question to the same place in a filtered list, and a new screen starts at the top', async ({
    page,
  }) => {
    await page.goto('./#/browse');
    await page.getByRole('combobox', { name: 'Domain' }).selectOption({ label: 'Data Engineering' });
    const link = page.locator('.question-list a').nth(60);
    await link.scrollIntoViewIfNeeded();
    const name = (await link.innerText()).split('\n')[0]!;
    const listY = await page.evaluate(() => window.scrollY);
    expect(listY).toBeGreaterThan(1000);
    await link.click();
    await expect(page).toHaveURL(/#\/questions\/data-engineering-\d{3}$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Domain' })).toHaveValue('data-engineering');
    await expect(page.locator('.question-list a').nth(60)).toContainText(name);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listY);
  });

  test('searches the bank by words in the question', async ({ page }) => {
    await page.goto('./#/browse');
    await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz-no-such-words');
    await expect(page.getByText('No question matches')).toBeVisible();
  });

  test('keeps the theme choice in IndexedDB across a reload', async ({ page }) => {
    await page.goto('./#/settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const stored = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('mlops-exam-prep');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('theme');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(stored).toEqual({ key: 'theme', value: 'dark' });
  });
});
