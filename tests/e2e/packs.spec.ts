import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { SAMPLE_PACK_HEADER, samplePackItems } from '../../src/core/packs/fixtures';
import { TEMPLATE_QUESTION } from '../../src/core/packs/template';
import { seriousAxeViolations } from './helpers';

test('a pack with two bad items: the report names them, the good items appear, removal can take history', async ({
  page,
}, info) => {
  const file = info.outputPath('platform-team.yaml');
  writeFileSync(file, stringify({ pack: SAMPLE_PACK_HEADER, questions: samplePackItems(2, TEMPLATE_QUESTION) }));

  await page.goto('./#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a pack…' }).click();
  await (await chooser).setFiles(file);

  const report = page.getByRole('region', { name: 'Pack check report' });
  await expect(report).toContainText('3 of 5 question(s) passed every check; 2 will be skipped');
  const rows = report.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('platform-team.yaml');
  await expect(rows.nth(1)).toContainText('#3 (team-ops-003)');
  await expect(rows.nth(1)).toContainText('answer');
  await expect(rows.nth(2)).toContainText('#4 (team-ops-004)');
  await expect(rows.nth(2)).toContainText('options.F.why');
  await expect(rows.nth(2)).toContainText('say why this distractor is wrong');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(page), colorScheme).toEqual([]);
  }
  await report.getByRole('button', { name: 'Import 3 question(s)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported "Platform team": 3 question(s).' })).toBeVisible();
  // The settings screen's own styles come with its lazy chunk, not the page: the pack is a framed card.
  await expect(page.locator('.pack-item')).toHaveCSS('border-top-style', 'solid');

  const domains = page.getByRole('list', { name: 'Domains of Platform team' });
  await expect(domains).toContainText('Team operations (2) → a domain of its own');
  await expect(domains).toContainText('Our serving stack (1) → counts toward Model Deployment');
  await page.getByRole('button', { name: 'Remove…' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Stored: still there after a reload, and the good items are in the question browser.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Domains of Platform team' })).toBeVisible();
  await page.goto('./#/browse');
  await page.getByLabel('Source').selectOption({ label: 'Platform team' });
  await expect(page.getByRole('status')).toHaveText('3 questions');
  await page.getByRole('link', { name: /Tokenizer version drift/ }).click();
  // The question page opens (its chunk may still be loading when the click returns).
  await expect(page.getByRole('heading', { level: 1, name: /Tokenizer version drift/ })).toBeVisible();
  await expect(page.getByText('Pack: Platform team')).toBeVisible();
  await expect(page.getByText('Model Deployment', { exact: true })).toBeVisible();
  await expect(page.locator('.q-id')).toHaveText('pack:platform-team:team-serving-001');

  // Some history with the pack: one practice question from its own domain.
  await page.goto('./#/quiz');
  await page.getByRole('checkbox', { name: /Team operations/ }).check();
  await expect(page.getByText('2 question(s) match')).toBeVisible();
  await page.getByLabel('Number of questions').fill('1');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.exam-progress')).toContainText('Question 1 of 1 · Team operations (Platform team)');
  await page.keyboard.press('1');
  await expect(page.getByText(/^(Correct|Not quite)\./).first()).toBeVisible();
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Submit answers…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
  await expect(page).toHaveURL(/#\/results\//);
  await expect(page.getByRole('rowheader', { name: 'Team operations (Platform team)' })).toBeVisible();

  // Remove the pack and the history with it: the attempt made only of its questions goes too.
  await page.goto('./#/settings');
  await page.getByRole('button', { name: 'Remove…' }).click();
  await page.getByRole('radio', { name: /Delete my history/ }).check();
  await page.getByRole('button', { name: 'Remove pack' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove pack and history' }).click();
  await expect(page.getByText('Removed "Platform team" and your history with it.')).toBeVisible();
  await expect(page.getByText('No packs yet.')).toBeVisible();
  await page.goto('./#/history');
  await expect(page.getByText('No attempts yet.')).toBeVisible();
  await page.goto('./#/browse');
  await expect(page.getByLabel('Source')).toHaveCount(0);
});

test('a file that is not a pack is refused whole, with the reason, and nothing is stored', async ({ page }, info) => {
  const file = info.outputPath('broken.csv');
  writeFileSync(file, 'id,domain,colour\n1,2,3\n');
  await page.goto('./#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a pack…' }).click();
  await (await chooser).setFiles(file);
  const report = page.getByRole('region', { name: 'Pack check report' });
  await expect(report.getByRole('alert')).toContainText('broken.csv cannot be imported. Nothing was changed.');
  await expect(report).toContainText('"colour" is not a known column');
  await expect(report.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No packs yet.')).toBeVisible();
});
