import { Composer } from './composer.js';
import { Connection } from './connection.js';
import { Room, isLine } from './room.js';
import { Uploader } from './uploads.js';
import { View } from './view.js';

const PAGE_LINES = 50;
const RESUME_TOKEN = /^\* resume token: (\S+)$/;

/**
 * The client's session: logs in (again after every reconnect), keeps the open rooms, and turns the server's
 * events (PROTOCOL.md 12) into what the rooms show. After a reconnect every open room is resumed from the last
 * line it showed (`/resume ROOM ID`), so nothing is lost and nothing shown twice.
 */
export class App {
  constructor() {
    this.element = (id) => document.getElementById(id);
    this.rooms = new Map();
    this.current = null;
    this.alias = null;
    this.lobbyKey = 'lobby';
    this.phase = 'connecting';
    this.credentials = null;
    this.wantsLogin = false;
    this.loggedInOnce = false;
    this.resuming = new Map();
    this.echo = new Set();
    this.view = new View(this);
    this.uploader = new Uploader({
      line: (text, room) => this.connection.line(text, room),
      status: (text, isError) => this.uploadStatus(text, isError),
    });
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.connection = new Connection({
      url: `${scheme}//${location.host}/ws`,
      onEvent: (event) => this.handle(event),
      onOpen: () => this.opened(),
      onDown: ({ inMs }) => this.down(inMs),
    });
    this.composer = new Composer(this.element('input'), {
      onSend: (text) => this.say(text),
      members: () => (this.current ? [...this.current.members.keys()] : []),
    });
  }

  start() {
    this.connection.connect();
  }

  // --- login ---------------------------------------------------------------------------------------------------

  login(alias, password) {
    this.credentials = { alias: alias.trim(), password, token: null };
    this.wantsLogin = true;
    this.loginError('');
    if (this.phase === 'alias') {
      this.sendAlias();
    } else if (this.phase === 'password' && password) {
      this.sendSecret();
    } else if (!this.connection.open) {
      this.loginStatus('Connecting…');
      this.connection.retryNow();
    }
  }

  sendAlias() {
    this.wantsLogin = false;
    this.phase = 'sent-alias';
    this.loginStatus('Logging in…');
    this.connection.line(this.credentials.alias);
  }

  sendSecret() {
    const secret = this.credentials.token || this.credentials.password;
    this.credentials.triedToken = Boolean(this.credentials.token);
    this.phase = 'sent-password';
    this.connection.line(secret);
  }

  prompt(event) {
    if (event.what === 'password') {
      this.phase = 'password';
      if (this.credentials && (this.credentials.token || this.credentials.password)) {
        this.sendSecret();
        return;
      }
      this.showLogin();
      this.element('password-row').hidden = false;
      this.loginStatus(`${this.credentials ? this.credentials.alias : 'This alias'} is registered: enter its password.`);
      this.element('password').focus();
      return;
    }
    this.phase = 'alias';
    if (this.wantsLogin && this.credentials && !this.retryLater) {
      this.sendAlias();
    } else {
      this.showLogin();
    }
  }

  welcome(event) {
    const again = this.loggedInOnce;
    this.phase = 'chat';
    this.loggedInOnce = true;
    this.alias = event.alias;
    this.lobbyKey = (event.room || 'lobby').toLowerCase();
    this.connection.settled();
    this.view.banner(null);
    this.element('login').hidden = true;
    this.element('chat').hidden = false;
    this.element('notify').hidden = !('Notification' in window) || Notification.permission !== 'default';
    const lobby = this.room(event.room || 'lobby');
    lobby.members.set(this.alias, lobby.members.get(this.alias) || 'member');
    // The welcome brings no member list of the lobby: ask for it (its answer only refreshes the panel).
    this.connection.line('/who', lobby.name);
    if (!this.current) {
      this.show(lobby);
    }
    if (again) {
      this.resumeAll();
    }
    this.connection.line('/rooms');
    this.focusInput();
  }

  /** After a reconnect: each open room asks for what it missed, from the last line it shows. */
  resumeAll() {
    for (const room of this.rooms.values()) {
      if (room.maxId > 0) {
        this.resuming.set(room.key, room.maxId);
        this.connection.line(`/resume ${room.name} ${room.maxId}`);
      } else if (room.key !== this.lobbyKey) {
        this.resuming.set(room.key, 0);
        this.connection.line(`/join ${room.name}`);
      }
    }
  }

  showLogin() {
    if (this.phase === 'chat') {
      return;
    }
    this.element('chat').hidden = true;
    this.element('login').hidden = false;
    this.view.banner(null);
    this.element('login-submit').disabled = false;
    const alias = this.element('alias');
    if (this.credentials && !alias.value) {
      alias.value = this.credentials.alias;
    }
    if (document.activeElement !== this.element('password')) {
      alias.focus();
    }
  }

  loginError(text) {
    this.element('login-error').textContent = text;
  }

  loginStatus(text) {
    this.element('login-status').textContent = text;
  }

  // --- connection ----------------------------------------------------------------------------------------------

  opened() {
    this.phase = 'connected';
    this.loginStatus('');
    if (this.loggedInOnce && this.credentials) {
      this.wantsLogin = true;
      this.view.banner('Reconnected: logging in again…');
    }
  }

  down(inMs) {
    const wasChatting = this.phase === 'chat' || this.loggedInOnce;
    this.phase = 'connecting';
    for (const room of this.rooms.values()) {
      room.loadingOlder = false;
    }
    const seconds = Math.max(1, Math.round(inMs / 1000));
    if (wasChatting) {
      this.view.banner(`Disconnected. Reconnecting in ${seconds} s…`);
    } else {
      this.loginStatus(`Cannot reach the server. Trying again in ${seconds} s…`);
    }
  }

  // --- events --------------------------------------------------------------------------------------------------

  handle(event) {
    if (isLine(event)) {
      this.line(event, true);
      return;
    }
    switch (event.type) {
      case 'prompt':
        this.prompt(event);
        break;
      case 'welcome':
        this.welcome(event);
        break;
      case 'entered':
        this.entered(event.room);
        break;
      case 'parted':
        this.parted(event.room);
        break;
      case 'history':
        this.history(event);
        break;
      case 'members':
        if (!this.isOpen(event.room)) {
          break;
        }
        this.room(event.room).setMembers(event.members || []);
        this.refreshMembers(event.room);
        if (this.echo.delete('who')) {
          const list = (event.members || []).map((member) => member.alias).join(', ');
          this.note(`${(event.members || []).length} members in ${event.room}: ${list}`, 'info', event.room);
        }
        break;
      case 'joined':
      case 'left':
      case 'quit':
      case 'renamed':
        this.membership(event);
        break;
      case 'rooms':
        this.view.renderAllRooms(event.rooms || []);
        if (this.echo.delete('rooms')) {
          const list = (event.rooms || []).map((room) => `${room.name} (${room.members})`).join(', ');
          this.note(`${(event.rooms || []).length} rooms: ${list}`, 'info');
        }
        break;
      case 'private':
        this.privateMessage(event);
        break;
      case 'privateSent':
        this.note(`[pm to ${event.to}] ${event.text}`, 'private');
        break;
      case 'mailbox':
        for (const message of event.messages || []) {
          this.note(`[pm kept for you] ${message.from}: ${message.text}`, 'private');
        }
        break;
      case 'uploadGranted':
        this.uploader.granted(event);
        break;
      case 'error':
        this.error(event.text || '! error');
        break;
      case 'info':
        this.info(event.text || '');
        break;
      default:
        if (event.text) {
          this.note(event.text, 'info', event.room);
        }
    }
  }

  line(event, live) {
    const room = this.room(event.room);
    const item = room.addLine(event);
    if (!item) {
      return;
    }
    if (event.type === 'topic') {
      room.topic = event.topic || '';
      this.view.renderHeader();
    }
    if (!live) {
      return;
    }
    const mine = event.from === this.alias;
    const mentioned = !mine && item.classList.contains('mentions-me');
    const visible = room === this.current && !document.hidden;
    if (room !== this.current) {
      room.unread += mine ? 0 : 1;
      room.mentions += mentioned ? 1 : 0;
      this.view.renderRooms();
    } else {
      this.stickToBottom(room, mine);
      this.announce(item);
      const image = item.querySelector('img');
      if (image) {
        image.addEventListener('load', () => this.stickToBottom(room, mine), { once: true });
      }
    }
    if (mentioned && !visible) {
      this.notify(`${event.from} in #${room.name}`, event.text || '');
    }
  }

  history(event) {
    const room = this.room(event.room);
    const keep = this.keepScroll(room, event.why === 'asked');
    if (event.why === 'renumbered') {
      room.renumbered();
    }
    if (event.why === 'resumed' || event.why === 'renumbered') {
      const after = this.resuming.has(room.key) ? this.resuming.get(room.key) : room.maxId;
      if (event.text) {
        room.addNote(event.text, 'missed', after);
      }
      this.resuming.delete(room.key);
    }
    const lines = event.lines || [];
    for (const line of lines) {
      this.line({ ...line, room: room.name }, false);
    }
    if (event.why === 'asked') {
      room.loadingOlder = false;
      if (lines.length === 0 || lines.some((line) => line.id === 1)) {
        room.setNoOlder();
      }
    } else if (event.why === 'joined' && lines.length === 0) {
      room.setNoOlder();
    }
    keep();
    if (room === this.current) {
      this.fillScreen(room);
    }
  }

  entered(name) {
    const room = this.room(name);
    room.members.set(this.alias, room.members.get(this.alias) || 'member');
    this.refreshMembers(room.name);
    this.connection.line('/rooms');
    const resumed = this.resuming.has(room.key);
    if (this.resuming.get(room.key) === 0) {
      this.resuming.delete(room.key);
    }
    if (!resumed && room !== this.current) {
      this.show(room);
    }
  }

  parted(name) {
    const room = this.rooms.get(String(name).toLowerCase());
    if (!room) {
      return;
    }
    this.rooms.delete(room.key);
    room.log.remove();
    if (room === this.current) {
      this.current = null;
      this.show(this.rooms.get(this.lobbyKey) || this.rooms.values().next().value || null);
    }
    this.view.renderRooms();
    this.connection.line('/rooms');
  }

  membership(event) {
    if (event.room && !this.isOpen(event.room)) {
      return;
    }
    const rooms = event.room ? [this.room(event.room)] : [...this.rooms.values()];
    for (const room of rooms) {
      if (event.type === 'joined') {
        room.members.set(event.alias, room.members.get(event.alias) || 'member');
        room.addNote(`${event.alias} joined`, 'presence');
      } else if (event.type === 'renamed') {
        if (!room.members.has(event.from) && !event.room) {
          continue;
        }
        const rank = room.members.get(event.from) || 'member';
        room.members.delete(event.from);
        room.members.set(event.to, rank);
        room.addNote(`${event.from} is now known as ${event.to}`, 'presence');
      } else {
        if (!room.members.has(event.alias) && !event.room) {
          continue;
        }
        room.members.delete(event.alias);
        const verb = event.type === 'quit' ? 'quit' : 'left';
        room.addNote(`${event.alias} ${verb}${event.reason ? ` (${event.reason})` : ''}`, 'presence');
      }
      this.stickToBottom(room, false);
    }
    if (event.type === 'renamed' && event.from === this.alias) {
      this.alias = event.to;
    }
    this.view.renderMembers();
  }

  privateMessage(event) {
    const item = this.note(`[pm] ${event.from}: ${event.text}`, 'private');
    if (item) {
      item.classList.add('mentions-me');
    }
    if (document.hidden) {
      this.notify(`Private message from ${event.from}`, event.text || '');
    }
  }

  error(text) {
    if (this.phase === 'sent-alias' && this.loggedInOnce && /alias taken/.test(text)) {
      // The server has not yet noticed that the old connection is gone: try again after a pause.
      this.wantsLogin = true;
      this.retryLater = true;
      this.view.banner('Reconnected, but the server still holds the old connection: trying again…');
      setTimeout(() => {
        this.retryLater = false;
        if (this.phase === 'alias' && this.wantsLogin) {
          this.sendAlias();
        }
      }, 2000);
      return;
    }
    if (this.phase !== 'chat') {
      this.loginError(text.replace(/^! /, ''));
      this.loginStatus('');
      if (this.phase === 'sent-password' && this.credentials && this.credentials.triedToken) {
        this.credentials.token = null;
      } else if (this.phase === 'sent-password' && this.credentials) {
        this.credentials.password = '';
      }
      this.wantsLogin = false;
      return;
    }
    this.uploader.refused(text);
    for (const room of this.rooms.values()) {
      room.loadingOlder = false;
    }
    this.note(text, 'error');
  }

  info(text) {
    const token = text.match(RESUME_TOKEN);
    if (token) {
      if (this.credentials) {
        this.credentials.token = token[1];
      }
      return;
    }
    if (this.phase !== 'chat') {
      this.loginStatus(text.replace(/^\* /, ''));
      return;
    }
    this.note(text, 'info');
  }

  isOpen(name) {
    return this.rooms.has(String(name).toLowerCase());
  }

  // --- rooms ---------------------------------------------------------------------------------------------------

  room(name) {
    const key = String(name || this.lobbyKey).toLowerCase();
    let room = this.rooms.get(key);
    if (!room) {
      room = new Room(String(name || this.lobbyKey), () => this.alias);
      room.olderButton.addEventListener('click', () => this.loadOlder(room));
      this.rooms.set(key, room);
      this.element('logs').append(room.log);
      room.log.hidden = true;
      this.view.renderRooms();
    }
    return room;
  }

  show(room) {
    if (!room) {
      this.view.renderRooms();
      return;
    }
    if (this.current) {
      this.current.log.hidden = true;
    }
    this.current = room;
    room.log.hidden = false;
    room.unread = 0;
    room.mentions = 0;
    this.view.renderRooms();
    this.view.renderMembers();
    this.view.renderHeader();
    const logs = this.element('logs');
    if (room.scrollTop === undefined) {
      logs.scrollTop = logs.scrollHeight;
    } else {
      logs.scrollTop = room.atBottom ? logs.scrollHeight : room.scrollTop;
    }
    this.fillScreen(room);
  }

  /** Alt+Up / Alt+Down: the open room before or after the current one. */
  step(delta) {
    const rooms = [...this.rooms.values()];
    if (rooms.length === 0) {
      return;
    }
    const at = rooms.indexOf(this.current);
    this.show(rooms[(at + delta + rooms.length) % rooms.length]);
  }

  join(name) {
    const room = this.rooms.get(name.replace(/^#/, '').toLowerCase());
    if (room) {
      this.show(room);
      return;
    }
    this.connection.line(`/join ${name}`, this.current ? this.current.name : undefined);
  }

  part(room) {
    this.connection.send({ type: 'part', room: room.name });
  }

  refreshMembers(name) {
    if (this.current && this.current.key === String(name).toLowerCase()) {
      this.view.renderMembers();
    }
  }

  // --- the log's scrolling ---------------------------------------------------------------------------------------

  onScroll() {
    const room = this.current;
    if (!room) {
      return;
    }
    const logs = this.element('logs');
    room.scrollTop = logs.scrollTop;
    room.atBottom = logs.scrollHeight - logs.scrollTop - logs.clientHeight < 40;
    if (logs.scrollTop < 80) {
      this.loadOlder(room);
    }
  }

  /** Asks for the page before the oldest line shown (`/history before ID 50`), one request at a time. */
  loadOlder(room) {
    if (room.noOlder || room.loadingOlder || this.phase !== 'chat' || !Number.isFinite(room.minId)) {
      return;
    }
    room.loadingOlder = this.connection.line(`/history before ${room.minId} ${PAGE_LINES}`, room.name);
  }

  /** Loads older pages while the log is too short to scroll, so that scrolling up is possible at all. */
  fillScreen(room) {
    const logs = this.element('logs');
    if (logs.scrollHeight <= logs.clientHeight + 8) {
      this.loadOlder(room);
    }
  }

  /** Keeps the lines in view where they are while older ones are added above, or follows the bottom. */
  keepScroll(room, older) {
    const logs = this.element('logs');
    if (room !== this.current) {
      return () => {};
    }
    const fromBottom = logs.scrollHeight - logs.scrollTop;
    const atBottom = logs.scrollHeight - logs.scrollTop - logs.clientHeight < 40;
    return () => {
      if (older || !atBottom) {
        logs.scrollTop = logs.scrollHeight - fromBottom;
      } else {
        logs.scrollTop = logs.scrollHeight;
      }
    };
  }

  stickToBottom(room, force) {
    if (room !== this.current) {
      return;
    }
    const logs = this.element('logs');
    const last = room.log.lastElementChild;
    const lastHeight = last ? last.offsetHeight : 0;
    if (force || logs.scrollHeight - logs.scrollTop - logs.clientHeight < 60 + lastHeight) {
      logs.scrollTop = logs.scrollHeight;
    }
  }

  // --- saying things -------------------------------------------------------------------------------------------

  /** A composer line: sent as the line protocol's line, in the current room. */
  say(text) {
    if (this.phase !== 'chat' || !this.current) {
      return false;
    }
    const command = text.trim().toLowerCase();
    if (command === '/rooms' || command === '/who') {
      // Their answers are structured events that otherwise only refresh the panels: show them in the log too.
      this.echo.add(command.slice(1));
    }
    return this.connection.line(text, this.current.name);
  }

  note(text, kind, roomName) {
    const room = roomName ? this.room(roomName) : this.current;
    if (!room) {
      return null;
    }
    const item = room.addNote(text, kind);
    this.stickToBottom(room, false);
    if (room === this.current) {
      this.announce(item);
    }
    return item;
  }

  announce(item) {
    const announcer = this.element('announcer');
    const copy = document.createElement('p');
    copy.textContent = item.textContent;
    announcer.append(copy);
    while (announcer.childElementCount > 5) {
      announcer.firstElementChild.remove();
    }
  }

  notify(title, body) {
    if (!('Notification' in window) || Notification.permission !== 'granted') {
      return;
    }
    try {
      const notification = new Notification(title, { body, tag: 'relay-mention' });
      notification.addEventListener('click', () => window.focus());
    } catch {
      // some platforms allow notifications only from a service worker
    }
  }

  askNotifications() {
    Notification.requestPermission().then(() => {
      this.element('notify').hidden = Notification.permission !== 'default';
    });
  }

  upload(files) {
    if (this.phase !== 'chat' || !this.current || files.length === 0) {
      return;
    }
    this.uploader.add(files, this.current.name);
  }

  uploadStatus(text, isError) {
    const status = this.element('upload-status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  focusInput() {
    if (!this.view.narrow.matches || document.activeElement === document.body) {
      this.element('input').focus();
    }
  }
}
