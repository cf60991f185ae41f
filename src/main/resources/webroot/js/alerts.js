/**
 * What tells the user of a line besides the log: the polite live region that screen readers read, and browser
 * notifications (asked for from a click, as browsers require; used only while the tab is hidden).
 */
export class Alerts {
  constructor(announcer, button) {
    this.announcer = announcer;
    this.button = button;
  }

  /** Shows the notification button while the browser has not been asked yet. */
  offer() {
    this.button.hidden = !('Notification' in window) || Notification.permission !== 'default';
  }

  ask() {
    Notification.requestPermission().then(() => this.offer());
  }

  announce(text) {
    const copy = document.createElement('p');
    copy.textContent = text;
    this.announcer.append(copy);
    while (this.announcer.childElementCount > 5) {
      this.announcer.firstElementChild.remove();
    }
  }

  notify(title, body) {
    if (!document.hidden || !('Notification' in window) || Notification.permission !== 'granted') {
      return;
    }
    try {
      const notification = new Notification(title, { body, tag: 'relay-mention' });
      notification.addEventListener('click', () => window.focus());
    } catch {
      // some platforms allow notifications only from a service worker
    }
  }
}
