// A TCP proxy between the browser and the web port that a test can cut (every connection dropped, new ones
// refused at once) and restore: a network outage as the browser sees it, with the server running on.
import net from 'node:net';

export class CuttableProxy {
  constructor(targetPort) {
    this.targetPort = targetPort;
    this.cut = false;
    this.sockets = new Set();
    this.server = net.createServer((client) => this.accept(client));
  }

  listen() {
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        this.port = this.server.address().port;
        resolve(this);
      });
    });
  }

  accept(client) {
    if (this.cut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  drop() {
    this.cut = true;
    for (const socket of this.sockets) {
      socket.destroy();
    }
  }

  restore() {
    this.cut = false;
  }

  close() {
    this.drop();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
