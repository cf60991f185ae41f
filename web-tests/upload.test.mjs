// An image pasted into the composer is uploaded and shared (PROTOCOL.md 13) and shows inline for the others.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, lines, login, openPage } from './lib/browser.mjs';
import { Relay } from './lib/relay.mjs';

// An 8x8 PNG, opaque red, with no metadata for the server to strip.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGO4oKCAFTEMLQkAvk5EAfjoixEAAAAASUVORK5CYII=',
  'base64');

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
  const alice = await openPage(browser, relay.webUrl);
  const bob = await openPage(browser, relay.webUrl);
  await login(alice, 'alice');
  await login(bob, 'bob');

  await paste(alice, 'red dot.png', 'image/png', PNG);
  const image = bob.locator('.log:not([hidden]) img.shared-image');
  const refused = alice.locator('#upload-status.error');
  await Promise.race([image.waitFor(), refused.waitFor()].map((wait) => wait.catch(() => {})));
  assert.equal(await refused.count(), 0, `the upload failed: ${await alice.locator('#upload-status').textContent()}`);
  assert.equal(await image.getAttribute('alt'), 'red dot.png');
  const width = await image.evaluate((element) => (element.complete ? element.naturalWidth : -1));
  assert.equal(width, 8, 'the image loaded from the server');
  const href = await bob.locator('.log:not([hidden]) figure a').getAttribute('href');
  assert.match(href, /\/f\/[^/]+\/red%20dot\.png$/);
  assert.ok(href.startsWith(relay.webUrl), `${href} is on the page's origin`);
  const served = await fetch(href);
  assert.equal(served.status, 200);
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG);

  await drop(alice, 'notes.txt', 'text/plain', Buffer.from('plain words\n'));
  const download = bob.locator('.log:not([hidden]) a.file-link', { hasText: 'notes.txt' });
  await download.waitFor();
  assert.equal(await bob.locator('.log:not([hidden]) img.shared-image').count(), 1, 'text is not shown inline');
  await lines(bob, 'notes.txt').waitFor();
  assert.match(await alice.locator('#upload-status').textContent(), /Shared notes\.txt/);
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
