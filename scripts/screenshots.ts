/**
 * npm run screenshots
 * Walks through the main screens of the served web build (npm run start:web) in light and dark,
 * at desktop and phone size, and saves a screenshot of each into screenshots/. For looking at the
 * app as a person would; not a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { SAMPLE_PACK_HEADER, samplePackItems } from '../src/core/packs/fixtures';
import { TEMPLATE_QUESTION } from '../src/core/packs/template';
import { chromiumLaunchOptions } from './chromium';
import { chromium, type Page } from '@playwright/test';

const base = process.env['BASE_URL'] ?? 'http://localhost:4173/';
const only = process.argv.slice(2);
mkdirSync('screenshots', { recursive: true });

// A pack with one bad item, to show the check report and an installed pack.
const packFile = 'screenshots/platform-team.yaml';
writeFileSync(packFile, stringify({ pack: SAMPLE_PACK_HEADER, questions: samplePackItems(1, TEMPLATE_QUESTION) }));

type Step = [name: string, act: (page: Page) => Promise<void>];

/** Navigates by hash, confirming "Leave this exam?" when an exam is open. */
async function go(p: Page, route: string): Promise<void> {
  await p.goto(new URL(`#${route}`, base).toString());
  const leave = p.getByRole('dialog', { name: 'Leave this exam?' }).getByRole('button', { name: 'Leave' });
  if (await leave.isVisible().catch(() => false)) await leave.click();
}
const steps: Step[] = [
  ['home', async (p) => go(p, '/')],
  ['browse', async (p) => go(p, '/browse')],
  [
    'question',
    async (p) => {
      await go(p, '/questions/model-deployment-001');
      await p.getByRole('button', { name: 'Show the answer and explanations' }).click();
    },
  ],
  ['quiz', async (p) => go(p, '/quiz')],
  ['settings', async (p) => go(p, '/settings')],
  [
    'pack-report',
    async (p) => {
      const chooser = p.waitForEvent('filechooser');
      await p.getByRole('button', { name: 'Import a pack…' }).click();
      await (await chooser).setFiles(packFile);
      await p.getByRole('region', { name: 'Pack check report' }).scrollIntoViewIfNeeded();
    },
  ],
  [
    'pack-installed',
    async (p) => {
      await p.getByRole('button', { name: /^Import \d+ question/ }).click();
      await p.getByRole('button', { name: 'Remove…' }).click();
      await p.getByRole('heading', { name: 'Question packs' }).scrollIntoViewIfNeeded();
    },
  ],
  ['browse-pack', async (p) => go(p, '/browse?source=platform-team')],
  [
    'exam',
    async (p) => {
      await go(p, '/');
      await p.getByRole('button', { name: 'Start the simulation' }).click();
      await p.locator('.exam-progress').waitFor();
      for (const k of ['2', 'ArrowRight', '4', 'f', 'ArrowRight', 'Shift+Digit3', 's']) await p.keyboard.press(k);
    },
  ],
  ['exam-review', async (p) => void (await p.keyboard.press('r'))],
  [
    'results',
    async (p) => {
      await p.getByRole('button', { name: 'Submit answers…' }).click();
      await p.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
      await p.locator('.score-summary').waitFor();
      // Both answers are right about one time in 36: then there is nothing under "Incorrect".
      const incorrect = p.getByRole('button', { name: /^Incorrect \([1-9]/ });
      await ((await incorrect.count()) ? incorrect : p.getByRole('button', { name: /^All/ })).click();
      await p.locator('.response-review summary').first().click();
    },
  ],
  ['history', async (p) => go(p, '/history')],
  [
    'practice-feedback',
    async (p) => {
      await go(p, '/');
      await p.getByRole('button', { name: 'Drill Data Engineering' }).click();
      await p.locator('.exam-progress').waitFor();
      await p.keyboard.press('3');
    },
  ],
  ['progress', async (p) => go(p, '/progress')],
  ['review', async (p) => go(p, '/review')],
];

const browser = await chromium.launch(chromiumLaunchOptions());
for (const scheme of ['light', 'dark'] as const) {
  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 860 }],
    ['phone', { width: 375, height: 667 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    for (const [name, act] of steps) {
      await act(page);
      await page.waitForTimeout(250);
      if (only.length && !only.includes(name)) continue;
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${label}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
console.log('screenshots written to screenshots/');
