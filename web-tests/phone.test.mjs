// A phone-sized viewport (390x844): the rooms and members are drawers; sending works; the keyboard closes them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, lines, login, openPage, say, screenshot } from './lib/browser.mjs';
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

test('on a phone the rooms drawer opens, a room is joined and a message sent', async () => {
  const page = await openPage(browser, relay.webUrl, {
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, reducedMotion: 'reduce',
  });
  await login(page, 'phoebe');
  const rooms = page.locator('#rooms');
  assert.equal(await rooms.isVisible(), false, 'the rooms drawer starts closed');

  await page.getByRole('button', { name: /^Rooms/ }).click();
  await rooms.waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('button', { name: /^Rooms/ }).getAttribute('aria-expanded'), 'true');
  await page.getByLabel('Join a room').fill('garden');
  await page.getByLabel('Join a room').press('Enter');
  await page.locator('#room-name', { hasText: '#garden' }).waitFor();
  await rooms.waitFor({ state: 'hidden' });

  await say(page, 'hello from a phone');
  await lines(page, 'hello from a phone').waitFor();

  await page.getByRole('button', { name: /^Members/ }).click();
  await page.locator('#members').waitFor({ state: 'visible' });
  await page.locator('#member-list li', { hasText: 'phoebe' }).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#members').waitFor({ state: 'hidden' });

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling (${width} px)`);
  await screenshot(page, 'phone.png');
  await page.getByRole('button', { name: /^Rooms/ }).click();
  await rooms.waitFor({ state: 'visible' });
  await screenshot(page, 'phone-rooms.png');
  assert.deepEqual(page.errors, []);
});
