// Full-jitter exponential backoff (as centrifuge-js): the n-th wait is uniform in [0, min(max, base * 2^n)].
export class Backoff {
  constructor({ baseMs = 500, maxMs = 20000, random = Math.random } = {}) {
    this.baseMs = baseMs;
    this.maxMs = maxMs;
    this.random = random;
    this.attempt = 0;
  }

  next() {
    const ceiling = Math.min(this.maxMs, this.baseMs * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 30);
    return Math.max(this.baseMs / 2, Math.floor(this.random() * ceiling));
  }

  reset() {
    this.attempt = 0;
  }
}
