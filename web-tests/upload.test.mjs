// An image pasted into the composer is uploaded and shared (PROTOCOL.md 13) and shows inline for the others; the
// desktop screenshots (light and dark) show it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, lines, login, openPage, say, screenshot } from './lib/browser.mjs';
import { sunset } from './lib/png.mjs';
import { Relay } from './lib/relay.mjs';

// A 240x150 picture, with no metadata for the server to strip.
const PNG = sunset();

let relay;
let browser;

before(async () => {
  // Links name a host the browser did not ask for (as behind a proxy, or web.publicUrl unset on a machine with a
  // name of its own): the client goes to the same paths on its page's origin.
  relay = await new Relay({ env: { RELAY_WEB_PUBLIC_URL: 'http://relay.invalid:1' } }).start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await relay?.close();
});

async function paste(page, name, type, bytes) {
  await page.getByLabel('Message', { exact: true }).focus();
  await page.evaluate(({ name, type, bytes }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type }));
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.getElementById('input').dispatchEvent(event);
  }, { name, type, bytes: [...bytes] });
}

async function drop(page, name, type, bytes) {
  await page.evaluate(({ name, type, bytes }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type }));
    const target = document.getElementById('logs');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, { name, type, bytes: [...bytes] });
}

test('a pasted image appears inline for the other user, a dropped text file as a download link', async () => {
  const alice = await openPage(browser, relay.webUrl, { colorScheme: 'light' });
  const bob = await openPage(browser, relay.webUrl, { colorScheme: 'dark' });
  const frames = [];
  bob.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  await login(alice, 'alice');
  await login(bob, 'bob');
  for (const page of [alice, bob]) {
    await say(page, '/join dev');
    await page.locator('#room-name', { hasText: '#dev' }).waitFor();
    await page.keyboard.press('Alt+ArrowUp');
    await page.locator('#room-name', { hasText: '#lobby' }).waitFor();
  }
  await say(bob, 'morning! did anyone get a photo of last night?');
  await say(alice, 'bob: I did, from the pier, pasting it');

  await paste(alice, 'sunset.png', 'image/png', PNG);
  const image = bob.locator('.log:not([hidden]) img.shared-image');
  const refused = alice.locator('#upload-status.error');
  await Promise.race([image.waitFor(), refused.waitFor()].map((wait) => wait.catch(() => {})));
  assert.equal(await refused.count(), 0, `the upload failed: ${await alice.locator('#upload-status').textContent()}`);
  assert.equal(await image.getAttribute('alt'), 'sunset.png');
  await image.evaluate((element) => element.decode());
  assert.equal(await image.evaluate((element) => element.naturalWidth), 240, 'the image loaded from the server');
  const href = await bob.locator('.log:not([hidden]) figure a').getAttribute('href');
  assert.match(href, /\/f\/[^/]+\/sunset\.png$/);
  assert.ok(href.startsWith(relay.webUrl), `${href} is on the page's origin`);
  assert.ok(frames.some((frame) => frame.includes('"url":"http://relay.invalid:1/f/')), 'the server named another host');
  const served = await fetch(href);
  assert.equal(served.status, 200);
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG);

  await drop(alice, 'notes.txt', 'text/plain', Buffer.from('plain words\n'));
  const download = bob.locator('.log:not([hidden]) a.file-link', { hasText: 'notes.txt' });
  await download.waitFor();
  assert.equal(await bob.locator('.log:not([hidden]) img.shared-image').count(), 1, 'text is not shown inline');
  await lines(bob, 'notes.txt').waitFor();
  assert.match(await alice.locator('#upload-status').textContent(), /Shared notes\.txt/);

  await say(bob, 'alice: lovely, thanks! https://example.org/tides for tonight');
  await lines(alice, 'lovely, thanks').waitFor();
  await alice.locator('.log:not([hidden]) img.shared-image').evaluate((element) => element.decode());
  await say(alice, 'see you at the pier');
  await lines(bob, 'see you at the pier').waitFor();
  await screenshot(alice, 'desktop-light.png');
  await screenshot(bob, 'desktop-dark.png');
  assert.deepEqual(alice.errors, []);
  assert.deepEqual(bob.errors, []);
});

test('an upload the server refuses shows its reason', async () => {
  const strict = await new Relay({ env: { RELAY_UPLOADS_PER_HOUR: '1' } }).start();
  try {
    const page = await openPage(browser, strict.webUrl);
    await login(page, 'carol');
    await paste(page, 'first.png', 'image/png', PNG);
    await page.locator('.log:not([hidden]) img.shared-image').waitFor();
    await paste(page, 'second.png', 'image/png', PNG);
    const status = page.locator('#upload-status.error');
    await status.waitFor();
    assert.match(await status.textContent(), /second\.png: upload failed \(429\): \S/);
    assert.equal(await page.locator('.log:not([hidden]) img.shared-image').count(), 1);
    await page.context().close();
  } finally {
    await strict.close();
  }
});
