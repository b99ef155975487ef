import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('progress survives export, wipe and import; a bad file changes nothing', async ({
  page: first,
  browser,
}, info) => {
  let page = first;
  // Some progress: a note, a bookmark and a finished quiz.
  await page.goto('./#/questions/general-mlops-001');
  await page.getByRole('textbox', { name: 'Your note' }).fill('Continuous training needs data triggers');
  await page.getByRole('button', { name: '☆ Bookmark' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).blur();
  await expect(page.getByText('Note saved.')).toBeVisible();

  await page.goto('./#/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = info.outputPath('export.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('mlops-exam-prep-export');
  expect(exported.tables.notes).toHaveLength(1);

  // A corrupted file is refused with the problem named, and nothing changes.
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ ...exported, version: 7 }));
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles(bad);
  await expect(page.getByRole('alert')).toContainText('This file was not imported. Nothing was changed.');
  await expect(page.getByRole('alert')).toContainText('version: must be 1');

  // A machine with nothing stored (a fresh browser profile), then import the good file.
  const fresh = await browser.newContext({ baseURL: 'http://localhost:4173/' });
  page = await fresh.newPage();
  await page.goto('./#/questions/general-mlops-001');
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue('');
  await page.goto('./#/settings');
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('is valid');
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(/Imported export\.json/)).toBeVisible();
  await page.waitForLoadState('load');
  await page.goto('./#/questions/general-mlops-001');
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue('Continuous training needs data triggers');
  await expect(page.getByRole('button', { name: '★ Bookmarked' })).toBeVisible();

  // Bookmarks feed the custom quiz source.
  await page.goto('./#/quiz');
  await page.getByRole('radio', { name: 'Bookmarked' }).check();
  await expect(page.getByText('1 question(s) match')).toBeVisible();
});
