/**
 * The chat screen around the log: the room list with unread and mention badges, the member list, the header,
 * the disconnected banner, and the drawers (rooms, members) that slide in on narrow screens.
 */
const RANK_ORDER = ['owner', 'operator', 'voice', 'member'];
const RANK_MARK = { owner: '~', operator: '@', voice: '+', member: '' };

export class View {
  constructor(app) {
    this.app = app;
    this.element = (id) => document.getElementById(id);
    this.narrow = window.matchMedia('(max-width: 760px)');
    this.wireDrawers();
  }

  wireDrawers() {
    this.element('toggle-rooms').addEventListener('click', () => this.toggle('rooms'));
    this.element('toggle-members').addEventListener('click', () => this.toggle('members'));
    this.element('scrim').addEventListener('click', () => this.closeDrawers());
  }

  toggle(which, open) {
    const drawer = this.element(which);
    const button = this.element(`toggle-${which}`);
    const show = open ?? !drawer.classList.contains('open');
    this.closeDrawers(false);
    if (show) {
      if (which === 'rooms') {
        this.app.connection.line('/rooms');
      }
      drawer.classList.add('open');
      button.setAttribute('aria-expanded', 'true');
      this.element('scrim').hidden = !this.narrow.matches;
      const first = drawer.querySelector('button, input, a[href]');
      if (first) {
        first.focus();
      }
    }
  }

  /** Closes open drawers; returns whether one was open. */
  closeDrawers(refocus = true) {
    let closed = false;
    for (const which of ['rooms', 'members']) {
      const drawer = this.element(which);
      if (drawer.classList.contains('open')) {
        closed = true;
        drawer.classList.remove('open');
        this.element(`toggle-${which}`).setAttribute('aria-expanded', 'false');
        if (refocus && drawer.contains(document.activeElement)) {
          this.element(`toggle-${which}`).focus();
        }
      }
    }
    this.element('scrim').hidden = true;
    return closed;
  }

  renderRooms() {
    const list = this.element('open-rooms');
    const items = [];
    let unread = 0;
    let mentions = 0;
    for (const room of this.app.rooms.values()) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'room-button';
      const current = room === this.app.current;
      if (current) {
        button.setAttribute('aria-current', 'true');
      }
      const name = document.createElement('span');
      name.className = 'room-name';
      name.textContent = `#${room.name}`;
      button.append(name);
      let label = `Room ${room.name}`;
      if (room.mentions > 0) {
        button.append(badge(room.mentions, 'badge mention'));
        label += `, ${room.mentions} mentioning you`;
      }
      if (room.unread > 0) {
        button.append(badge(room.unread, 'badge'));
        label += `, ${room.unread} unread`;
      }
      button.setAttribute('aria-label', label);
      button.addEventListener('click', () => {
        this.app.show(room);
        this.closeDrawers(false);
        this.app.focusInput();
      });
      item.append(button);
      if (room.key !== this.app.lobbyKey) {
        const leave = document.createElement('button');
        leave.type = 'button';
        leave.className = 'leave';
        leave.textContent = '×';
        leave.setAttribute('aria-label', `Leave ${room.name}`);
        leave.addEventListener('click', () => this.app.part(room));
        item.append(leave);
      }
      items.push(item);
      unread += current ? 0 : room.unread;
      mentions += current ? 0 : room.mentions;
    }
    list.replaceChildren(...items);
    const total = this.element('rooms-badge');
    total.hidden = unread + mentions === 0;
    total.textContent = String(unread);
    total.className = mentions > 0 ? 'badge mention' : 'badge';
    document.title = `${unread > 0 ? `(${unread}) ` : ''}${this.app.current ? `#${this.app.current.name} – ` : ''}Relay`;
  }

  renderAllRooms(rooms) {
    const items = rooms.map((room) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'room-button';
      button.textContent = `#${room.name} (${room.members})`;
      button.setAttribute('aria-label', `Join ${room.name}, ${room.members} members`);
      button.addEventListener('click', () => {
        this.app.join(room.name);
        this.closeDrawers(false);
      });
      item.append(button);
      return item;
    });
    this.element('all-rooms').replaceChildren(...items);
  }

  renderMembers() {
    const room = this.app.current;
    const members = room ? [...room.members.entries()] : [];
    members.sort(([a, ra], [b, rb]) => RANK_ORDER.indexOf(ra) - RANK_ORDER.indexOf(rb) || a.localeCompare(b));
    const items = members.map(([alias, rank]) => {
      const item = document.createElement('li');
      item.className = `member ${rank}`;
      item.textContent = `${RANK_MARK[rank] || ''}${alias}`;
      if (alias === this.app.alias) {
        item.classList.add('me');
      }
      if (rank !== 'member') {
        item.title = rank;
      }
      return item;
    });
    this.element('member-list').replaceChildren(...items);
    this.element('member-count').textContent = String(members.length);
  }

  renderHeader() {
    const room = this.app.current;
    this.element('room-name').textContent = room ? `#${room.name}` : '';
    this.element('room-topic').textContent = room ? room.topic : '';
  }

  banner(text) {
    const banner = this.element('banner');
    if (text === null) {
      banner.hidden = true;
      document.body.classList.remove('offline');
      return;
    }
    this.element('banner-text').textContent = text;
    banner.hidden = false;
    document.body.classList.add('offline');
  }
}

function badge(count, className) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = String(count);
  span.setAttribute('aria-hidden', 'true');
  return span;
}
