/**
 * Finds and launches Chromium for the browser tests. Without a browser (none installed, or
 * CHROME_PATH naming a file that is not there) the tests skip with a loud notice, except under
 * CI=true, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Chromium's path, and why there is none when there is none. */
export function findChromium(): { path?: string; missing?: string } {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { missing: `CHROME_PATH is ${fromEnv}, which does not exist` };
  const path = CANDIDATES.find((candidate) => existsSync(candidate));
  return path ? { path } : { missing: 'no Chromium is installed' };
}

const found = findChromium();
export const chromiumPath = found.path;

/** The notice printed when browser tests are skipped, or undefined when they run. */
export function browserMissingNotice(): string | undefined {
  return found.missing && `⚠️  BROWSER TESTS SKIPPED: ${found.missing}. Install Chromium (apt-get install -y chromium) or set CHROME_PATH.`;
}

if (found.missing) {
  if (process.env['CI'] === 'true') throw new Error(`Browser tests need Chromium under CI: ${found.missing}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  console.warn(`\n${browserMissingNotice()}\n`);
}

/** Flags that keep Chromium from reaching out to the network on its own (there is none here). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
