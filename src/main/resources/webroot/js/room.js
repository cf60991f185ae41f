import { appendRich, formatSize, formatTime, mentions, onPageOrigin, safeAnchor } from './text.js';

const LINE_TYPES = new Set(['said', 'acted', 'noticed', 'shared', 'topic']);

export function isLine(event) {
  return LINE_TYPES.has(event.type) && Number.isInteger(event.id);
}

/**
 * One open room: its log (a list element of its own, kept while other rooms are shown), members, counters.
 *
 * Entries are kept in the order of a key: a line's key is its id (PROTOCOL.md 11.1), a note's key is the id it
 * follows plus a fraction, so that lines of a resume or an older page land where they belong. A line is shown
 * once whatever replays it again (dedupe by id, per room).
 */
export class Room {
  constructor(name, me) {
    this.name = name;
    this.me = me;
    this.ids = new Set();
    this.keys = [];
    this.minId = Infinity;
    this.maxId = 0;
    this.noteSeq = 0;
    this.unread = 0;
    this.mentions = 0;
    this.members = new Map();
    this.topic = '';
    this.noOlder = false;
    this.loadingOlder = false;
    this.log = document.createElement('ol');
    this.log.className = 'log';
    this.log.setAttribute('aria-label', `Messages in ${name}`);
    this.older = document.createElement('li');
    this.older.className = 'older';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = 'Load older messages';
    this.olderButton = button;
    this.older.append(button);
    this.log.append(this.older);
  }

  get key() {
    return this.name.toLowerCase();
  }

  /** Adds a line event unless it is shown already; returns the new element or null. */
  addLine(event) {
    if (this.ids.has(event.id)) {
      return null;
    }
    this.ids.add(event.id);
    this.minId = Math.min(this.minId, event.id);
    this.maxId = Math.max(this.maxId, event.id);
    if (event.id === 1) {
      this.setNoOlder();
    }
    const item = renderLine(event, this.me());
    item.dataset.id = String(event.id);
    this.insert(event.id, item);
    return item;
  }

  /** A note (not a numbered line) placed after line `afterId`, or after everything shown. */
  addNote(text, kind = 'info', afterId = this.maxId) {
    const item = document.createElement('li');
    item.className = `note ${kind}`;
    appendRich(item, text, null);
    this.noteSeq += 1;
    this.insert(afterId + 0.5 - 1 / (this.noteSeq + 2), item);
    return item;
  }

  insert(key, item) {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.keys[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    const before = this.log.children[low + 1] || null;
    this.keys.splice(low, 0, key);
    this.log.insertBefore(item, before);
  }

  /** The room was numbered anew (PROTOCOL.md 11.5): what was shown stays, new ids no longer collide with it. */
  renumbered() {
    for (const item of this.log.querySelectorAll('[data-id]')) {
      item.removeAttribute('data-id');
    }
    this.keys = this.keys.map(() => -1);
    this.ids.clear();
    this.minId = Infinity;
    this.maxId = 0;
    this.noOlder = false;
    this.older.hidden = false;
  }

  setNoOlder() {
    this.noOlder = true;
    this.older.hidden = true;
  }

  /** A joined, left, quit or renamed event: the member list changes and a note says so (returned, or null). */
  membership(event) {
    if (event.type === 'joined') {
      this.members.set(event.alias, this.members.get(event.alias) || 'member');
      return this.addNote(`${event.alias} joined`, 'presence');
    }
    const alias = event.type === 'renamed' ? event.from : event.alias;
    if (!this.members.has(alias) && !event.room) {
      return null;
    }
    const rank = this.members.get(alias) || 'member';
    this.members.delete(alias);
    if (event.type === 'renamed') {
      this.members.set(event.to, rank);
      return this.addNote(`${event.from} is now known as ${event.to}`, 'presence');
    }
    const verb = event.type === 'quit' ? 'quit' : 'left';
    return this.addNote(`${event.alias} ${verb}${event.reason ? ` (${event.reason})` : ''}`, 'presence');
  }

  setMembers(list) {
    this.members = new Map(list.map((member) => [member.alias, member.rank || 'member']));
  }
}

function renderLine(event, me) {
  const item = document.createElement('li');
  item.className = `line ${event.type}`;
  const time = document.createElement('time');
  time.className = 'time';
  if (Number.isFinite(event.at)) {
    const date = new Date(event.at);
    time.dateTime = date.toISOString();
    time.title = date.toLocaleString();
    time.textContent = formatTime(event.at);
  }
  item.append(time, ' ');
  const from = document.createElement('span');
  from.className = 'from';
  from.textContent = event.from || '';
  const body = document.createElement('span');
  body.className = 'body';
  const text = typeof event.text === 'string' ? event.text : '';
  switch (event.type) {
    case 'said':
      item.append(from, ' ');
      appendRich(body, text, me);
      break;
    case 'acted':
      item.append('* ', from, ' ');
      appendRich(body, text, me);
      break;
    case 'noticed':
      item.append('-', from, '- ');
      appendRich(body, text, me);
      break;
    case 'topic':
      item.append(from, ' ');
      body.append(event.topic ? 'set the topic: ' : 'cleared the topic');
      if (event.topic) {
        appendRich(body, event.topic, me);
      }
      break;
    case 'shared':
      item.append(from, ' ');
      renderFile(body, event.file, text);
      break;
    default:
      appendRich(body, text, me);
  }
  item.append(body);
  if (event.from !== me && (mentions(text, me) || (event.type === 'topic' && mentions(event.topic, me)))) {
    item.classList.add('mentions-me');
  }
  return item;
}

function renderFile(body, file, text) {
  if (!file || typeof file.url !== 'string') {
    appendRich(body, text, null);
    return;
  }
  const url = onPageOrigin(file.url);
  body.append('shared ');
  if (file.inline) {
    const link = safeAnchor(url, '');
    const image = document.createElement('img');
    image.className = 'shared-image';
    image.src = url;
    image.alt = file.name || 'image';
    image.loading = 'lazy';
    link.append(image);
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = `${file.name} (${file.type}, ${formatSize(file.size)})`;
    figure.append(link, caption);
    body.append(figure);
    return;
  }
  const link = safeAnchor(url, file.name || 'file');
  link.className = 'file-link';
  link.download = file.name || '';
  body.append(link, ` (${file.type || 'file'}, ${formatSize(file.size)})`);
}
