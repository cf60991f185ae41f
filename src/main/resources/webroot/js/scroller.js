const NEAR_BOTTOM = 40;
const NEAR_TOP = 80;

/**
 * The scrolling of the messages (one element showing the current room's log): follows new lines while the user
 * is at the bottom, keeps what is in view in place while older lines arrive above, remembers each room's place,
 * and asks for older lines (`older(room)`) near the top or while the log is too short to scroll.
 */
export class Scroller {
  constructor(element, older) {
    this.element = element;
    this.older = older;
  }

  scrolled(room) {
    const logs = this.element;
    room.scrollTop = logs.scrollTop;
    room.atBottom = this.atBottom();
    if (logs.scrollTop < NEAR_TOP) {
      this.older(room);
    }
  }

  /** The room has just been put in view. */
  shown(room) {
    const logs = this.element;
    logs.scrollTop = room.scrollTop === undefined || room.atBottom ? logs.scrollHeight : room.scrollTop;
    this.fill(room);
  }

  fill(room) {
    if (this.element.scrollHeight <= this.element.clientHeight + 8) {
      this.older(room);
    }
  }

  /** Call before adding lines; call the function it returns after. */
  keep(older) {
    const logs = this.element;
    const fromBottom = logs.scrollHeight - logs.scrollTop;
    const atBottom = this.atBottom();
    return () => {
      logs.scrollTop = older || !atBottom ? logs.scrollHeight - fromBottom : logs.scrollHeight;
    };
  }

  /** After an item was added at the end: to the bottom if the user was there (or `force`). */
  follow(item, force) {
    const logs = this.element;
    const added = item ? item.offsetHeight : 0;
    if (force || logs.scrollHeight - logs.scrollTop - logs.clientHeight < NEAR_BOTTOM + 20 + added) {
      logs.scrollTop = logs.scrollHeight;
    }
  }

  atBottom() {
    const logs = this.element;
    return logs.scrollHeight - logs.scrollTop - logs.clientHeight < NEAR_BOTTOM;
  }
}
