// The connection drops and comes back (PROTOCOL.md 11.5 through 12): the client logs in again, resumes its rooms
// and shows the honest "missed" line and each missed line once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, lines, openPage, login, say } from './lib/browser.mjs';
import { LineClient } from './lib/line-client.mjs';
import { CuttableProxy } from './lib/proxy.mjs';
import { Relay } from './lib/relay.mjs';

let relay;
let proxy;
let browser;

before(async () => {
  relay = await new Relay().start();
  proxy = await new CuttableProxy(relay.webPort).listen();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  await relay?.close();
});

test('after a dropped connection the missed lines show once, with the missed line', async () => {
  const page = await openPage(browser, `http://127.0.0.1:${proxy.port}/`);
  await login(page, 'alice');
  const carol = await LineClient.login(relay.chatPort, 'carol');
  try {
    carol.send('before the outage');
    await lines(page, 'before the outage').waitFor();
    await say(page, '/join dev');
    await page.locator('#room-name', { hasText: '#dev' }).waitFor();
    await say(page, 'dev before');
    await lines(page, 'dev before').waitFor();
    await page.keyboard.press('Alt+ArrowUp');
    await page.locator('#room-name', { hasText: '#lobby' }).waitFor();

    proxy.drop();
    await page.locator('#banner').waitFor({ state: 'visible' });
    assert.match(await page.locator('#banner-text').textContent(), /Disconnected/);
    await carol.await((line) => line.startsWith('* alice has'));
    for (const n of ['one', 'two', 'three']) {
      carol.send(`missed ${n}`);
    }
    await carol.await((line) => line === 'carol: missed three');
    proxy.restore();

    await page.locator('#banner').waitFor({ state: 'hidden', timeout: 45000 });
    await page.locator('.log:not([hidden]) .note.missed', { hasText: 'missed 3' }).waitFor();
    for (const n of ['one', 'two', 'three']) {
      await lines(page, `missed ${n}`).waitFor();
      assert.equal(await lines(page, `missed ${n}`).count(), 1, `"missed ${n}" once`);
    }
    assert.equal(await lines(page, 'before the outage').count(), 1, 'no line twice');
    const order = await page.locator('.log:not([hidden]) li').allTextContents();
    const at = (text) => order.findIndex((item) => item.includes(text));
    assert.ok(at('you missed 3') < at('missed one'), 'the missed line comes before the missed lines');

    // The other open room was resumed too.
    await page.keyboard.press('Alt+ArrowDown');
    await page.locator('#room-name', { hasText: '#dev' }).waitFor();
    await page.locator('.log:not([hidden]) .note.missed').waitFor();
    assert.equal(await lines(page, 'dev before').count(), 1);
    await say(page, 'dev after');
    await lines(page, 'dev after').waitFor();
  } finally {
    carol.close();
    await page.context().close();
  }
});
