import { Alerts } from './alerts.js';
import { Composer } from './composer.js';
import { Connection } from './connection.js';
import { Login } from './login.js';
import { Room, isLine } from './room.js';
import { Scroller } from './scroller.js';
import { Uploader } from './uploads.js';
import { View } from './view.js';

const PAGE_LINES = 50;

/**
 * The client's session: keeps the open rooms and turns the server's events (PROTOCOL.md 12) into what they show.
 * After a reconnect (Login logs in again) every open room is resumed from the last line it shows
 * (`/resume ROOM ID`), so that nothing is lost and, lines being kept by id, nothing is shown twice.
 */
export class App {
  constructor() {
    this.element = (id) => document.getElementById(id);
    this.rooms = new Map();
    this.current = null;
    this.alias = null;
    this.lobbyKey = 'lobby';
    /** Room key -> the id its `/resume` started after (0: rejoined with `/join`), until the answer comes. */
    this.resuming = new Map();
    /** `/rooms` and `/who` typed in the composer, whose structured answers are shown in the log too. */
    this.echo = new Set();
    this.view = new View(this);
    this.alerts = new Alerts(this.element('announcer'), this.element('notify'));
    this.scroller = new Scroller(this.element('logs'), (room) => this.loadOlder(room));
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.connection = new Connection({
      url: `${scheme}//${location.host}/ws`,
      onEvent: (event) => this.handle(event),
      onOpen: () => this.login.opened(),
      onDown: ({ inMs }) => this.down(inMs),
    });
    this.login = new Login({ connection: this.connection, view: this.view });
    this.uploader = new Uploader({
      line: (text, room) => this.connection.line(text, room),
      status: (text, isError) => this.uploadStatus(text, isError),
    });
    this.composer = new Composer(this.element('input'), {
      onSend: (text) => this.say(text),
      members: () => (this.current ? [...this.current.members.keys()] : []),
    });
  }

  start() {
    this.connection.connect();
  }

  down(inMs) {
    for (const room of this.rooms.values()) {
      room.loadingOlder = false;
    }
    this.login.down(inMs);
  }

  handle(event) {
    if (isLine(event)) {
      this.line(event, true);
      return;
    }
    switch (event.type) {
      case 'prompt':
        this.login.prompt(event);
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
        this.members(event);
        break;
      case 'joined':
      case 'left':
      case 'quit':
      case 'renamed':
        this.membership(event);
        break;
      case 'rooms':
        this.roomList(event.rooms || []);
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
        if (!this.login.info(event.text || '')) {
          this.note(event.text || '', 'info');
        }
        break;
      default:
        if (event.text) {
          this.note(event.text, 'info', this.isOpen(event.room) ? event.room : undefined);
        }
    }
  }

  welcome(event) {
    const again = this.login.welcomed();
    this.alias = event.alias;
    this.lobbyKey = (event.room || 'lobby').toLowerCase();
    this.connection.settled();
    this.view.banner(null);
    this.alerts.offer();
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
    if (room === this.current) {
      this.scroller.follow(item, mine);
      this.alerts.announce(item.textContent);
      const image = item.querySelector('img');
      if (image) {
        const follow = mine || this.scroller.atBottom();
        image.addEventListener('load', () => this.scroller.follow(null, follow && room === this.current), { once: true });
      }
    } else {
      room.unread += mine ? 0 : 1;
      room.mentions += mentioned ? 1 : 0;
      this.view.renderRooms();
    }
    if (mentioned) {
      this.alerts.notify(`${event.from} in #${room.name}`, event.text || '');
    }
  }

  history(event) {
    const room = this.room(event.room);
    const keep = room === this.current ? this.scroller.keep(event.why === 'asked') : () => {};
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
      this.scroller.fill(room);
    }
  }

  entered(name) {
    const room = this.room(name);
    room.members.set(this.alias, room.members.get(this.alias) || 'member');
    this.refreshMembers(room);
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

  members(event) {
    if (!this.isOpen(event.room)) {
      return;
    }
    const room = this.room(event.room);
    room.setMembers(event.members || []);
    this.refreshMembers(room);
    if (this.echo.delete('who')) {
      const list = (event.members || []).map((member) => member.alias).join(', ');
      this.note(`${(event.members || []).length} members in ${room.name}: ${list}`, 'info', room.name);
    }
  }

  membership(event) {
    if (event.room && !this.isOpen(event.room)) {
      return;
    }
    const rooms = event.room ? [this.room(event.room)] : [...this.rooms.values()];
    for (const room of rooms) {
      const note = room.membership(event);
      if (note && room === this.current) {
        this.scroller.follow(note, false);
      }
    }
    if (event.type === 'renamed' && event.from === this.alias) {
      this.alias = event.to;
      this.login.renamed(event.to);
    }
    this.view.renderMembers();
  }

  roomList(rooms) {
    this.view.renderAllRooms(rooms);
    if (this.echo.delete('rooms')) {
      this.note(`${rooms.length} rooms: ${rooms.map((room) => `${room.name} (${room.members})`).join(', ')}`, 'info');
    }
  }

  privateMessage(event) {
    const item = this.note(`[pm] ${event.from}: ${event.text}`, 'private');
    if (item) {
      item.classList.add('mentions-me');
    }
    this.alerts.notify(`Private message from ${event.from}`, event.text || '');
  }

  error(text) {
    if (this.login.refused(text)) {
      return;
    }
    this.uploader.refused(text);
    for (const room of this.rooms.values()) {
      room.loadingOlder = false;
    }
    this.note(text, 'error');
  }

  // --- rooms ---------------------------------------------------------------------------------------------------

  isOpen(name) {
    return name !== undefined && this.rooms.has(String(name).toLowerCase());
  }

  room(name) {
    const key = String(name || this.lobbyKey).toLowerCase();
    let room = this.rooms.get(key);
    if (!room) {
      room = new Room(String(name || this.lobbyKey), () => this.alias);
      room.olderButton.addEventListener('click', () => this.loadOlder(room));
      this.rooms.set(key, room);
      room.log.hidden = true;
      this.element('logs').append(room.log);
      this.view.renderRooms();
    }
    return room;
  }

  show(room) {
    if (room && room !== this.current) {
      if (this.current) {
        this.current.log.hidden = true;
      }
      this.current = room;
      room.log.hidden = false;
    }
    if (room) {
      room.unread = 0;
      room.mentions = 0;
    }
    this.view.renderRooms();
    this.view.renderMembers();
    this.view.renderHeader();
    if (room) {
      this.scroller.shown(room);
    }
  }

  /** Alt+Up / Alt+Down: the open room before or after the current one. */
  step(delta) {
    const rooms = [...this.rooms.values()];
    if (rooms.length > 0) {
      const at = rooms.indexOf(this.current);
      this.show(rooms[(at + delta + rooms.length) % rooms.length]);
    }
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

  refreshMembers(room) {
    if (room === this.current) {
      this.view.renderMembers();
    }
  }

  /** Asks for the page before the oldest line shown (`/history before ID 50`), one request at a time. */
  loadOlder(room) {
    if (room.noOlder || room.loadingOlder || !this.login.chatting || !Number.isFinite(room.minId)) {
      return;
    }
    room.loadingOlder = this.connection.line(`/history before ${room.minId} ${PAGE_LINES}`, room.name);
  }

  // --- the user's side -----------------------------------------------------------------------------------------

  /** A composer line: sent as the line protocol's line, in the current room. */
  say(text) {
    if (!this.login.chatting || !this.current) {
      return false;
    }
    const command = text.trim().toLowerCase();
    if (command === '/rooms' || command === '/who') {
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
    if (room === this.current) {
      this.scroller.follow(item, false);
      this.alerts.announce(item.textContent);
    }
    return item;
  }

  upload(files) {
    if (this.login.chatting && this.current && files.length > 0) {
      this.uploader.add(files, this.current.name);
    }
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
