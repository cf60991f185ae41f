// Two users chat in two browser contexts (PROTOCOL.md 12): messages, members, mentions, rooms, a password
// login, notifications.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, lines, login, openPage, say } from './lib/browser.mjs';
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

test('two users chat, see each other in the member list, and a mention is highlighted', async () => {
  const alice = await openPage(browser, relay.webUrl, { colorScheme: 'light' });
  const bob = await openPage(browser, relay.webUrl, { colorScheme: 'dark' });
  await login(alice, 'alice');
  await login(bob, 'bob');

  await alice.locator('#member-list li', { hasText: 'bob' }).waitFor();
  await alice.locator('#member-list li.me', { hasText: 'alice' }).waitFor();
  await bob.locator('#member-list li', { hasText: 'alice' }).waitFor();
  await say(alice, 'hello bob, see https://example.org/docs');
  await lines(bob, 'hello bob').waitFor();
  const link = bob.locator('.log:not([hidden]) a[href="https://example.org/docs"]');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');

  await say(bob, 'hi alice, <b>not bold</b>');
  const mention = lines(alice, 'hi alice');
  await mention.waitFor();
  assert.match(await mention.getAttribute('class'), /mentions-me/);
  assert.equal(await mention.locator('b').count(), 0, 'server text is never parsed as HTML');
  assert.equal(await lines(alice, 'hi alice').count(), 1);

  await say(bob, '/me waves');
  await lines(alice, 'waves').waitFor();

  // The keyboard alone: Tab completes an alias, Up recalls the last line sent, Enter sends.
  const input = alice.getByLabel('Message', { exact: true });
  await input.fill('');
  await input.pressSequentially('bo');
  await input.press('Tab');
  assert.equal(await input.inputValue(), 'bob: ');
  await input.fill('');
  await input.press('ArrowUp');
  assert.equal(await input.inputValue(), 'hello bob, see https://example.org/docs');
  await input.fill('');

  // A second room: joined from the composer, the lobby stays open with an unread count.
  await say(alice, '/join dev');
  await alice.locator('#room-name', { hasText: '#dev' }).waitFor();
  await say(bob, 'lobby news for alice');
  await alice.locator('#open-rooms button[aria-label*="lobby"][aria-label*="1 unread"]').waitFor();
  await alice.locator('#open-rooms button[aria-label*="mentioning you"]').waitFor();
  await alice.keyboard.press('Alt+ArrowUp');
  await alice.locator('#room-name', { hasText: '#lobby' }).waitFor();
  await lines(alice, 'lobby news for alice').waitFor();

  assert.deepEqual(alice.errors, []);
  assert.deepEqual(bob.errors, []);
  await alice.context().close();
  await bob.context().close();
});

test('a line-protocol user and a browser user see each other', async () => {
  const page = await openPage(browser, relay.webUrl);
  await login(page, 'dora');
  const carol = await LineClient.login(relay.chatPort, 'carol');
  try {
    await page.locator('#member-list li', { hasText: 'carol' }).waitFor();
    carol.send('hello from the terminal');
    await lines(page, 'hello from the terminal').waitFor();
    await say(page, 'hello from the browser');
    await carol.await((line) => line === 'dora: hello from the browser');
  } finally {
    carol.close();
    await page.context().close();
  }
});

test('a registered alias asks for its password', async () => {
  const owner = await LineClient.login(relay.chatPort, 'grace');
  owner.send('/register correct horse battery');
  await owner.await((line) => line.startsWith('* grace is registered'));
  owner.send('/quit');
  await owner.await((line) => line === '* Goodbye');
  owner.close();

  const page = await openPage(browser, relay.webUrl);
  await page.getByLabel('Alias').fill('grace');
  await page.getByRole('button', { name: 'Enter' }).click();
  const password = page.getByLabel('Password');
  await password.waitFor();
  await password.fill('wrong password here');
  await password.press('Enter');
  await page.locator('#login-error', { hasText: 'wrong password' }).waitFor();
  await password.fill('correct horse battery');
  await password.press('Enter');
  await page.locator('#chat').waitFor({ state: 'visible' });
  await page.locator('.log:not([hidden]) .note', { hasText: 'logged in as grace' }).waitFor();
  assert.equal(await page.locator('.log:not([hidden])', { hasText: 'resume token' }).count(), 0,
    'the resume token is not shown');
  await page.context().close();
});

test('a mention while the tab is hidden shows a browser notification', async () => {
  const context = await browser.newContext();
  // A stand-in for the browser's notifications, already allowed, and a tab the user is not looking at.
  await context.addInitScript(() => {
    window.shown = [];
    window.Notification = class {
      static permission = 'granted';

      static requestPermission() {
        return Promise.resolve('granted');
      }

      constructor(title, options) {
        window.shown.push({ title, body: options.body });
      }

      addEventListener() {}
    };
    Object.defineProperty(document, 'hidden', { get: () => true });
  });
  const heidi = await context.newPage();
  await heidi.goto(relay.webUrl);
  await login(heidi, 'heidi');
  const ivan = await openPage(browser, relay.webUrl);
  await login(ivan, 'ivan');
  await say(ivan, 'no mention here');
  await say(ivan, 'heidi: are you there?');
  await lines(heidi, 'are you there?').waitFor();
  assert.deepEqual(await heidi.evaluate(() => window.shown), [{ title: 'ivan in #lobby', body: 'heidi: are you there?' }]);
  await context.close();
  await ivan.context().close();
});
