const RESUME_TOKEN = /^\* resume token: (\S+)$/;
const ALIAS_RETRY_MS = 2000;

/**
 * Logging in (PROTOCOL.md 2 and 9 through 12's `prompt` events), on the user's word the first time and by itself
 * after every reconnect. Remembers the alias, the password and the resume token the server gives (in memory only;
 * the token is preferred, as Relay's terminal client does), and owns the phase of the connection:
 * connecting, connected, alias, sent-alias, password, sent-password, chat.
 */
export class Login {
  constructor({ connection, view }) {
    this.connection = connection;
    this.view = view;
    this.element = (id) => document.getElementById(id);
    this.phase = 'connecting';
    this.credentials = null;
    this.wants = false;
    this.retryLater = false;
    this.loggedInOnce = false;
  }

  get chatting() {
    return this.phase === 'chat';
  }

  /** The login form was sent. */
  submit(alias, password) {
    this.credentials = { alias: alias.trim(), password, token: null };
    this.wants = true;
    this.error('');
    if (this.phase === 'alias') {
      this.sendAlias();
    } else if (this.phase === 'password' && password) {
      this.sendSecret();
    } else if (!this.connection.open) {
      this.status('Connecting…');
      this.connection.retryNow();
    }
  }

  sendAlias() {
    this.wants = false;
    this.phase = 'sent-alias';
    this.status('Logging in…');
    this.connection.line(this.credentials.alias);
  }

  sendSecret() {
    this.credentials.triedToken = Boolean(this.credentials.token);
    this.phase = 'sent-password';
    this.connection.line(this.credentials.token || this.credentials.password);
  }

  prompt(event) {
    if (event.what === 'password') {
      this.phase = 'password';
      if (this.credentials && (this.credentials.token || this.credentials.password)) {
        this.sendSecret();
        return;
      }
      this.show();
      this.element('password-row').hidden = false;
      const alias = this.credentials ? this.credentials.alias : 'This alias';
      this.status(`${alias} is registered: enter its password.`);
      this.element('password').focus();
      return;
    }
    this.phase = 'alias';
    if (this.wants && this.credentials && !this.retryLater) {
      this.sendAlias();
    } else if (!this.retryLater) {
      this.show();
    }
  }

  /** The `welcome`: returns whether this was a login again after a reconnect. */
  welcomed() {
    const again = this.loggedInOnce;
    this.phase = 'chat';
    this.loggedInOnce = true;
    this.retryLater = false;
    this.element('login').hidden = true;
    this.element('chat').hidden = false;
    return again;
  }

  /** After `/nick`: a login again takes the new alias. */
  renamed(alias) {
    if (this.credentials) {
      this.credentials.alias = alias;
    }
  }

  opened() {
    this.phase = 'connected';
    this.status('');
    if (this.loggedInOnce && this.credentials) {
      this.wants = true;
      this.view.banner('Reconnected: logging in again…');
    }
  }

  down(inMs) {
    this.phase = 'connecting';
    const seconds = Math.max(1, Math.round(inMs / 1000));
    if (this.loggedInOnce) {
      this.view.banner(`Disconnected. Reconnecting in ${seconds} s…`);
    } else {
      this.status(`Cannot reach the server. Trying again in ${seconds} s…`);
    }
  }

  /** An `error` event; returns whether it was about logging in (and so handled here). */
  refused(text) {
    if (this.phase === 'sent-alias' && this.loggedInOnce && /alias taken/.test(text)) {
      // The server has not yet noticed that the old connection is gone: ask again after a pause.
      this.wants = true;
      this.retryLater = true;
      this.view.banner('Reconnected, but the server still holds the old connection: trying again…');
      setTimeout(() => {
        this.retryLater = false;
        if (this.phase === 'alias' && this.wants) {
          this.sendAlias();
        }
      }, ALIAS_RETRY_MS);
      return true;
    }
    if (this.chatting) {
      return false;
    }
    this.error(text.replace(/^! /, ''));
    this.status('');
    if (this.phase === 'sent-password' && this.credentials) {
      if (this.credentials.triedToken) {
        this.credentials.token = null;
      } else {
        this.credentials.password = '';
      }
    }
    this.wants = false;
    return true;
  }

  /** An `info` event; returns whether it was consumed here (a resume token is never shown). */
  info(text) {
    const token = text.match(RESUME_TOKEN);
    if (token) {
      if (this.credentials) {
        this.credentials.token = token[1];
      }
      return true;
    }
    if (!this.chatting) {
      this.status(text.replace(/^\* /, ''));
      return true;
    }
    return false;
  }

  show() {
    if (this.chatting) {
      return;
    }
    this.element('chat').hidden = true;
    this.element('login').hidden = false;
    this.view.banner(null);
    const alias = this.element('alias');
    if (this.credentials && !alias.value) {
      alias.value = this.credentials.alias;
    }
    if (document.activeElement !== this.element('password')) {
      alias.focus();
    }
  }

  error(text) {
    this.element('login-error').textContent = text;
  }

  status(text) {
    this.element('login-status').textContent = text;
  }
}
