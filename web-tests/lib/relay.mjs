// Starts the fat jar as a process, as an operator would: `java -jar $RELAY_JAR --port 0`, with a fresh data
// directory (RELAY_STORE_DATA_DIR) as its working directory and a free web port (RELAY_WEB_PORT) chosen here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const LISTENING = /Relay listening on [^:\s]*:(\d+)/;

export function relayJar() {
  const jar = process.env.RELAY_JAR;
  if (!jar) {
    throw new Error('RELAY_JAR is not set: point it at the fat jar (mvn -DskipTests package makes target/relay.jar)');
  }
  if (!fs.existsSync(jar)) {
    throw new Error(`no fat jar at RELAY_JAR=${jar}`);
  }
  return path.resolve(jar);
}

/** A port nothing listens on now: bound to 0 and closed again. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export class Relay {
  constructor({ env = {}, dataDir } = {}) {
    this.extraEnv = env;
    this.dataDir = dataDir || fs.mkdtempSync(path.join(os.tmpdir(), 'relay-web-'));
    this.output = [];
    this.process = null;
  }

  get webUrl() {
    return `http://127.0.0.1:${this.webPort}`;
  }

  /** Starts the server (again on the same ports and data directory after stop()); resolves once both ports answer. */
  async start() {
    this.webPort = this.webPort || (await freePort());
    const chatPort = this.chatPort || 0;
    const child = spawn('java', ['-jar', relayJar(), '--port', String(chatPort)], {
      cwd: this.dataDir,
      env: {
        ...process.env,
        RELAY_HOST: '127.0.0.1',
        RELAY_HTTP_HOST: '127.0.0.1',
        RELAY_HTTP_PORT: '0',
        RELAY_IRC_PORT: '0',
        RELAY_WEB_PORT: String(this.webPort),
        RELAY_STORE_DATA_DIR: this.dataDir,
        RELAY_LIMITS_FLOOD_RATE: '1000',
        RELAY_LIMITS_FLOOD_BURST: '1000',
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    this.exited = exited;
    const listening = new Promise((resolve, reject) => {
      let pending = '';
      const take = (chunk) => {
        pending += chunk.toString('utf8');
        let newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, newline);
          pending = pending.slice(newline + 1);
          this.output.push(line);
          if (process.env.RELAY_VERBOSE) {
            process.stderr.write(`[relay] ${line}\n`);
          }
          const match = line.match(LISTENING);
          if (match) {
            resolve(Number(match[1]));
          }
        }
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      exited.then(({ code, signal }) => reject(new Error(
        `relay exited (${code ?? signal}) before listening:\n${this.output.slice(-40).join('\n')}`)));
      setTimeout(() => reject(new Error(`relay did not listen within 60 s:\n${this.output.slice(-40).join('\n')}`)),
        60000).unref();
    });
    this.chatPort = await listening;
    await this.awaitWeb();
    return this;
  }

  async awaitWeb() {
    const deadline = Date.now() + 30000;
    let last;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`${this.webUrl}/`);
        if (response.ok) {
          return;
        }
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = error.message;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the web port ${this.webPort} did not serve / within 30 s (${last}):\n${this.printed()}`);
  }

  printed() {
    return this.output.slice(-60).join('\n');
  }

  /** Kills the process (SIGKILL) and waits for it to end; the data directory stays for a restart. */
  async stop() {
    if (this.process && this.process.exitCode === null && this.process.signalCode === null) {
      this.process.kill('SIGKILL');
      await this.exited;
    }
    this.process = null;
  }

  /** Stops and deletes the data directory. */
  async close() {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
