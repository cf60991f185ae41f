import { Backoff } from './backoff.js';

/**
 * The WebSocket to /ws (PROTOCOL.md 12): sends one JSON object per message, receives messages of one or more
 * JSON objects separated by '\n'. Reconnects by itself with full-jitter backoff until close() is called.
 *
 * Callbacks: onEvent(object), onOpen(), onDown({ inMs }) when the socket is gone and a retry is scheduled.
 */
export class Connection {
  constructor({ url, onEvent, onOpen, onDown }) {
    this.url = url;
    this.onEvent = onEvent;
    this.onOpen = onOpen;
    this.onDown = onDown;
    this.backoff = new Backoff();
    this.socket = null;
    this.timer = null;
    this.stopped = false;
    window.addEventListener('online', () => this.retryNow());
  }

  get open() {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  }

  connect() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped || this.socket) {
      return;
    }
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => this.onOpen());
    socket.addEventListener('message', (message) => this.receive(message.data));
    socket.addEventListener('close', () => this.lost(socket));
  }

  receive(data) {
    if (typeof data !== 'string') {
      return;
    }
    for (const part of data.split('\n')) {
      if (part.trim() === '') {
        continue;
      }
      let event;
      try {
        event = JSON.parse(part);
      } catch {
        console.warn('relay: not JSON from the server', part);
        continue;
      }
      try {
        this.onEvent(event);
      } catch (error) {
        console.error('relay: cannot handle', event, error);
      }
    }
  }

  lost(socket) {
    if (this.socket !== socket) {
      return;
    }
    this.socket = null;
    if (this.stopped) {
      return;
    }
    const inMs = this.backoff.next();
    this.timer = setTimeout(() => this.connect(), inMs);
    this.onDown({ inMs });
  }

  /** A successful login: the next loss starts the backoff from its base again. */
  settled() {
    this.backoff.reset();
  }

  retryNow() {
    if (!this.socket && !this.stopped) {
      this.connect();
    }
  }

  send(object) {
    if (!this.open) {
      return false;
    }
    this.socket.send(JSON.stringify(object));
    return true;
  }

  line(text, room) {
    return this.send(room ? { type: 'line', room, text } : { type: 'line', text });
  }
}
