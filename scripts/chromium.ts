/** How this project launches Chromium outside Playwright's test runner (screenshots, bench). */
import { existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium where it exists, Playwright's own browser elsewhere; quiet on a closed network. */
export function chromiumLaunchOptions(extraArgs: string[] = []) {
  return {
    executablePath: existsSync(path) ? path : undefined,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  };
}
