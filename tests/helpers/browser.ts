/**
 * Headless Chromium for the report's browser tests: Debian's `chromium` driven by playwright-core.
 * No browser is downloaded: the tests use the system binary and fail, saying how to install
 * it, when it is missing (they are never skipped).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.FACTLINT_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots and pages written by the browser tests (ignored by git). */
export const OUTPUT = path.resolve(import.meta.dirname, '..', '..', 'test-output', 'browser');

export async function launchChromium(executable: string = CHROMIUM): Promise<Browser> {
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}. The HTML report's browser tests need it: install Debian's package ` +
        `(apt-get update && apt-get install -y chromium; .ci/run does this) or set FACTLINT_CHROMIUM to a Chromium binary.`,
    );
  }
  mkdirSync(OUTPUT, { recursive: true });
  // Root (CI) cannot use Chromium's sandbox.
  return chromium.launch({ executablePath: executable, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** A page at the given viewport that records every request it makes. */
export async function openPage(browser: Browser, file: string, width = 1280, height = 800): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  return { page, requests };
}
