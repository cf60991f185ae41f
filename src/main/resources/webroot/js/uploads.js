import { formatSize, onPageOrigin } from './text.js';

/**
 * Uploads (PROTOCOL.md 13): asks for a token with `/upload` in the room, POSTs the file's bytes to the granted
 * URL with it, then says `/share ID` in the same room. A token serves every upload until shortly before it
 * expires. Files go one at a time, in the order they were given.
 */
export class Uploader {
  constructor({ line, status }) {
    this.line = line;
    this.status = status;
    this.queue = [];
    this.busy = false;
    this.grant = null;
    this.waiting = null;
  }

  add(files, room) {
    for (const file of files) {
      this.queue.push({ file, room });
    }
    this.pump();
  }

  /** The server's `uploadGranted` event. */
  granted(event) {
    this.grant = {
      token: event.token,
      url: onPageOrigin(event.url),
      maxBytes: event.maxBytes,
      until: Date.now() + Math.max(0, (event.validSeconds || 0) - 10) * 1000,
    };
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(this.grant);
    } else {
      this.status('Upload allowed: use the + button, paste or drop a file.');
    }
  }

  /** An error from the server while a token was asked for (uploads off, say). */
  refused(text) {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(Promise.reject(new Error(text.replace(/^! /, ''))));
    }
  }

  async pump() {
    if (this.busy) {
      return;
    }
    this.busy = true;
    try {
      while (this.queue.length > 0) {
        const { file, room } = this.queue.shift();
        try {
          await this.upload(file, room);
        } catch (error) {
          this.status(`${nameOf(file)}: ${error.message}`, true);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  async upload(file, room) {
    let grant = await this.token(room);
    if (grant.maxBytes && file.size > grant.maxBytes) {
      throw new Error(`too large (${formatSize(file.size)}; files up to ${formatSize(grant.maxBytes)})`);
    }
    let result = await this.post(file, grant);
    if (result.status === 401) {
      this.grant = null;
      grant = await this.token(room);
      result = await this.post(file, grant);
    }
    if (result.status !== 201) {
      const reason = result.text.trim() || `HTTP ${result.status}`;
      throw new Error(`upload failed (${result.status}): ${reason}`);
    }
    const stored = JSON.parse(result.text);
    if (!this.line(`/share ${stored.id}`, room)) {
      throw new Error('uploaded, but the connection is down: share it again later');
    }
    this.status(`Shared ${stored.name} (${formatSize(stored.size)}).`);
  }

  token(room) {
    if (this.grant && Date.now() < this.grant.until) {
      return Promise.resolve(this.grant);
    }
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      if (!this.line('/upload', room)) {
        this.waiting = null;
        reject(new Error('not connected'));
        return;
      }
      setTimeout(() => {
        if (this.waiting === resolve) {
          this.waiting = null;
          reject(new Error('the server gave no upload token'));
        }
      }, 15000);
    });
  }

  // XMLHttpRequest rather than fetch: only it reports upload progress.
  post(file, grant) {
    const name = nameOf(file);
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', `${grant.url}/${encodeURIComponent(name)}`);
      request.setRequestHeader('Authorization', `Bearer ${grant.token}`);
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) {
          this.status(`Uploading ${name}: ${Math.round((100 * event.loaded) / event.total)}%`);
        }
      });
      request.addEventListener('load', () => resolve({ status: request.status, text: request.responseText }));
      request.addEventListener('error', () => reject(new Error('upload failed: the connection broke')));
      this.status(`Uploading ${name}…`);
      request.send(file);
    });
  }
}

function nameOf(file) {
  if (file.name) {
    return file.name;
  }
  const extension = (file.type.split('/')[1] || 'bin').replace(/[^a-z0-9]/gi, '');
  return `pasted-${new Date().toISOString().replace(/[:.]/g, '-')}.${extension}`;
}
