/**
 * Finds and launches Chromium for the browser tests. Without a browser the tests skip with a
 * loud notice, except under CI=true, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export const chromiumPath = findChromium();

if (!chromiumPath) {
  if (process.env['CI'] === 'true') {
    throw new Error('Browser tests need Chromium under CI: install it (apt-get install -y chromium) or set CHROME_PATH.');
  }
  console.warn('\n⚠️  NO CHROMIUM FOUND: browser tests are SKIPPED. Install it (apt-get install -y chromium) or set CHROME_PATH.\n');
}

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Flags that keep Chromium from reaching out to the network on its own (there is none here).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
