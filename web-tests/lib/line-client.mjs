// A plain TCP client of the line protocol (PROTOCOL.md 1-2): answers `alias?`, then says lines in the lobby.
import net from 'node:net';

export class LineClient {
  constructor(socket) {
    this.socket = socket;
    this.lines = [];
    this.waiters = [];
    let pending = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      pending += chunk;
      let newline;
      while ((newline = pending.indexOf('\n')) >= 0) {
        this.lines.push(pending.slice(0, newline).replace(/\r$/, ''));
        pending = pending.slice(newline + 1);
      }
      // The prompt's CRLF may come a moment after `alias?` (2.1).
      if (pending === 'alias?') {
        this.lines.push(pending);
        pending = '';
      }
      this.wake();
    });
  }

  static async login(port, alias) {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new LineClient(socket);
    await client.await((line) => line === 'alias?');
    client.send(alias);
    await client.await((line) => line.startsWith(`* You are now connected as ${alias}`));
    return client;
  }

  send(line) {
    this.socket.write(`${line}\n`);
  }

  /** Resolves with the first line (since the last match) that `match` accepts; fails after `ms`. */
  await(match, ms = 15000) {
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve };
      this.waiters.push(waiter);
      this.wake();
      setTimeout(() => {
        if (this.waiters.includes(waiter)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new Error(`no matching line within ${ms} ms; saw:\n${this.lines.slice(-20).join('\n')}`));
        }
      }, ms).unref();
    });
  }

  wake() {
    for (const waiter of [...this.waiters]) {
      const at = this.lines.findIndex((line) => waiter.match(line));
      if (at >= 0) {
        const [line] = this.lines.splice(0, at + 1).slice(-1);
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  }

  close() {
    this.socket.destroy();
  }
}
