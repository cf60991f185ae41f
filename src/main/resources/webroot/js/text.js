// Text from the server becomes DOM through these helpers only: text nodes and anchors built by DOM APIs, never
// HTML strings.

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** Appends `text` to `parent` as text nodes, with http(s) links as safe anchors and mentions of `alias` marked. */
export function appendRich(parent, text, alias) {
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = url.match(TRAILING);
    if (trailing) {
      url = url.slice(0, url.length - trailing[0].length);
    }
    const anchor = safeAnchor(url);
    if (!anchor) {
      continue;
    }
    appendMentions(parent, text.slice(last, match.index), alias);
    parent.append(anchor);
    last = match.index + url.length;
  }
  appendMentions(parent, text.slice(last), alias);
}

export function safeAnchor(url, label = url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return null;
  }
  const anchor = document.createElement('a');
  anchor.href = parsed.href;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  anchor.textContent = label;
  return anchor;
}

function appendMentions(parent, text, alias) {
  if (!text) {
    return;
  }
  const pattern = mentionPattern(alias);
  if (!pattern) {
    parent.append(document.createTextNode(text));
    return;
  }
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[1].length;
    parent.append(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement('mark');
    mark.className = 'mention';
    mark.textContent = match[2];
    parent.append(mark);
    last = start + match[2].length;
  }
  parent.append(document.createTextNode(text.slice(last)));
}

const ALIAS_CHAR = '[\\p{L}\\p{N}_\\-.\\[\\]\\\\`^{|}]';

/** Matches `alias` as a whole word (alias characters of PROTOCOL.md 3.1 around it end the word), any case. */
export function mentionPattern(alias) {
  if (!alias) {
    return null;
  }
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|(?!${ALIAS_CHAR}).)(${escaped})(?!${ALIAS_CHAR})`, 'giu');
}

export function mentions(text, alias) {
  const pattern = mentionPattern(alias);
  return pattern !== null && typeof text === 'string' && pattern.test(text);
}

export function formatSize(bytes) {
  if (!Number.isFinite(bytes)) {
    return '';
  }
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function formatTime(at) {
  const date = new Date(at);
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A URL of the server, on the page's own origin when the server named another host for it (web.publicUrl). */
export function onPageOrigin(url) {
  const parsed = new URL(url, location.href);
  if (parsed.host === location.host && parsed.protocol === location.protocol) {
    return parsed.href;
  }
  return location.origin + parsed.pathname + parsed.search;
}
