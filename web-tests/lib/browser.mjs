// Headless Debian Chromium driven by playwright-core. Never `playwright install`: the browser is the system's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Into target/ unless asked for elsewhere, so that a test run leaves the work tree as it was; the pictures in
// docs/screenshots/ are refreshed with RELAY_SCREENSHOTS=../docs/screenshots (docs/WEB.md).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = path.resolve(process.env.RELAY_SCREENSHOTS || path.join(ROOT, 'target', 'screenshots'));

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page of its own (a context: its own cookies and storage), with the page's errors collected. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      page.errors.push(message.text());
    }
  });
  await page.goto(url);
  return page;
}

/** Logs in with `alias` from the login form and waits for the chat. */
export async function login(page, alias, password) {
  await page.getByLabel('Alias').fill(alias);
  if (password) {
    await page.getByLabel('Password').fill(password);
  }
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.locator('#chat').waitFor({ state: 'visible' });
  await page.locator('#room-name').filter({ hasText: '#lobby' }).waitFor();
}

export async function say(page, text) {
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByLabel('Message', { exact: true }).press('Enter');
}

/** The log's line items of the current room whose text contains `text`. */
export function lines(page, text) {
  return page.locator('.log:not([hidden]) li.line', { hasText: text });
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}
