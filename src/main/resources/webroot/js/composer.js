/**
 * The message input: Enter sends, Up/Down recall earlier lines (as a shell does), Tab completes the alias before
 * the caret from the current room's members (repeated Tab cycles; with nothing to complete, Tab moves focus).
 */
export class Composer {
  constructor(input, { onSend, members }) {
    this.input = input;
    this.onSend = onSend;
    this.members = members;
    this.history = [];
    this.position = 0;
    this.draft = '';
    this.completion = null;
    input.addEventListener('keydown', (event) => this.keydown(event));
    input.addEventListener('input', () => {
      this.completion = null;
    });
  }

  submit() {
    const text = this.input.value;
    if (text.trim() === '') {
      return;
    }
    if (this.onSend(text) === false) {
      return;
    }
    if (this.history[this.history.length - 1] !== text) {
      this.history.push(text);
      if (this.history.length > 100) {
        this.history.shift();
      }
    }
    this.position = this.history.length;
    this.draft = '';
    this.input.value = '';
  }

  keydown(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'ArrowUp' && this.position > 0) {
      if (this.position === this.history.length) {
        this.draft = this.input.value;
      }
      this.position -= 1;
      this.show(this.history[this.position]);
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && this.position < this.history.length) {
      this.position += 1;
      this.show(this.position === this.history.length ? this.draft : this.history[this.position]);
      event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey) {
      if (this.complete()) {
        event.preventDefault();
      }
    } else if (event.key !== 'Shift') {
      this.completion = null;
    }
  }

  show(text) {
    this.input.value = text;
    this.input.setSelectionRange(text.length, text.length);
  }

  complete() {
    const value = this.input.value;
    const caret = this.input.selectionStart ?? value.length;
    if (!this.completion) {
      const start = value.slice(0, caret).search(/\S*$/);
      const prefix = value.slice(start, caret);
      if (prefix === '' || prefix.startsWith('/')) {
        return false;
      }
      const lower = prefix.toLowerCase();
      const candidates = this.members()
        .filter((alias) => alias.toLowerCase().startsWith(lower))
        .sort((a, b) => a.localeCompare(b));
      if (candidates.length === 0) {
        return false;
      }
      this.completion = { start, end: caret, candidates, index: -1, after: value.slice(caret) };
    }
    const state = this.completion;
    state.index = (state.index + 1) % state.candidates.length;
    const suffix = state.start === 0 ? ': ' : ' ';
    const word = state.candidates[state.index] + suffix;
    const before = value.slice(0, state.start);
    const rest = state.after.startsWith(' ') ? state.after.slice(1) : state.after;
    this.input.value = before + word + rest;
    const at = before.length + word.length;
    this.input.setSelectionRange(at, at);
    return true;
  }
}
