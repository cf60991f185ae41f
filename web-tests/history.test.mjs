// History that loads as the user scrolls up (PROTOCOL.md 11.4 through 12's `/history before ID 50`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, lines, login, openPage } from './lib/browser.mjs';
import { LineClient } from './lib/line-client.mjs';
import { Relay } from './lib/relay.mjs';

let relay;
let browser;

before(async () => {
  relay = await new Relay().start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await relay?.close();
});

const label = (n) => `backlog line ${String(n).padStart(3, '0')}`;

test('scrolling up loads older lines until the first', async () => {
  const poster = await LineClient.login(relay.chatPort, 'poster');
  for (let n = 1; n <= 120; n += 1) {
    poster.send(label(n));
  }
  await poster.await((line) => line === `poster: ${label(120)}`);
  poster.close();

  const page = await openPage(browser, relay.webUrl, { viewport: { width: 1000, height: 700 } });
  await login(page, 'reader');
  await lines(page, label(120)).waitFor();
  assert.equal(await lines(page, label(1)).count(), 0, 'the first line is not shown before scrolling');

  const logs = page.locator('#logs');
  for (let tries = 0; tries < 20 && (await lines(page, label(1)).count()) === 0; tries += 1) {
    await logs.evaluate((element) => {
      element.scrollTop = 0;
    });
    await page.waitForTimeout(300);
  }
  await lines(page, label(1)).waitFor();
  for (const n of [1, 50, 51, 95, 96, 120]) {
    assert.equal(await lines(page, label(n)).count(), 1, `${label(n)} shown once`);
  }
  const shown = await page.locator('.log:not([hidden]) li.line', { hasText: 'backlog line' }).allTextContents();
  assert.equal(shown.length, 120);
  const numbers = shown.map((text) => Number(text.match(/backlog line (\d+)/)[1]));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), 'in order');
  assert.deepEqual(page.errors, []);
});
