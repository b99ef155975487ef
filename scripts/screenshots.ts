/**
 * npm run screenshots
 * Walks through the main screens of the served web build (npm run start:web) in light and dark,
 * at desktop and phone size, and saves a screenshot of each into screenshots/. For looking at the
 * app as a person would; not a test.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const base = process.env['BASE_URL'] ?? 'http://localhost:4173/';
const only = process.argv.slice(2);
const exe = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
mkdirSync('screenshots', { recursive: true });

type Step = [name: string, act: (page: Page) => Promise<void>];
const steps: Step[] = [
  ['home', async (p) => void (await p.goto(new URL('#/', base).toString()))],
  ['browse', async (p) => void (await p.goto(new URL('#/browse', base).toString()))],
  [
    'question',
    async (p) => {
      await p.goto(new URL('#/questions/model-deployment-001', base).toString());
      await p.getByRole('button', { name: 'Show the answer and explanations' }).click();
    },
  ],
  ['quiz', async (p) => void (await p.goto(new URL('#/quiz', base).toString()))],
  ['settings', async (p) => void (await p.goto(new URL('#/settings', base).toString()))],
  [
    'exam',
    async (p) => {
      await p.goto(new URL('#/', base).toString());
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
      await p.getByRole('button', { name: /^Incorrect/ }).click();
      await p.locator('.response-review summary').first().click();
    },
  ],
  ['history', async (p) => void (await p.goto(new URL('#/history', base).toString()))],
  [
    'practice-feedback',
    async (p) => {
      await p.goto(new URL('#/', base).toString());
      await p.getByRole('button', { name: 'Drill Data Engineering' }).click();
      await p.locator('.exam-progress').waitFor();
      await p.keyboard.press('3');
    },
  ],
];

const browser = await chromium.launch({
  executablePath: exe,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
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
