/**
 * npm run screenshots -- [route ...]
 * Captures each route of the served web build (npm run start:web) in light and dark, at desktop
 * and phone size, into screenshots/. For looking at screens as a person would.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env['BASE_URL'] ?? 'http://localhost:4173/';
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/browse', '/settings'];
const exe = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
mkdirSync('screenshots', { recursive: true });
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
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const route of routes) {
      await page.goto(new URL(`#${route}`, base).toString());
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${label}.png`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
console.log('screenshots written to screenshots/');
