// The client's pure pieces, without a browser: reconnect backoff, mention matching, sizes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Backoff } from '../src/main/resources/webroot/js/backoff.js';
import { formatSize, mentions } from '../src/main/resources/webroot/js/text.js';

test('backoff waits with full jitter from 0.5 s, its ceiling doubling up to 20 s', () => {
  const highest = new Backoff({ random: () => 0.999999 });
  const ceilings = Array.from({ length: 8 }, () => highest.next());
  assert.deepEqual(ceilings, [499, 999, 1999, 3999, 7999, 15999, 19999, 19999]);
  const lowest = new Backoff({ random: () => 0 });
  assert.equal(lowest.next(), 250, 'never a busy loop');
  highest.reset();
  assert.equal(highest.next(), 499);
});

test('a mention is the alias as a whole word, in any case', () => {
  assert.ok(mentions('alice: hi', 'alice'));
  assert.ok(mentions('hi ALICE!', 'alice'));
  assert.ok(mentions('see [bot] now', '[bot]'));
  assert.ok(!mentions('malice aforethought', 'alice'));
  assert.ok(!mentions('alice_2 is here', 'alice'));
  assert.ok(!mentions('anything', null));
});

test('sizes read as people say them', () => {
  assert.equal(formatSize(512), '512 B');
  assert.equal(formatSize(186_368), '182 KB');
  assert.equal(formatSize(10 * 1024 * 1024), '10 MB');
  assert.equal(formatSize(1536), '1.5 KB');
});
