import { App } from './app.js';

const app = new App();
const element = (id) => document.getElementById(id);

element('login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const alias = element('alias').value.trim();
  if (alias === '') {
    return;
  }
  app.login.submit(alias, element('password').value);
});

element('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  app.composer.submit();
});

element('join-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const name = element('join-room').value.trim();
  if (name !== '') {
    app.join(name);
    element('join-room').value = '';
    app.view.closeDrawers(false);
  }
});

element('refresh-rooms').addEventListener('click', () => app.connection.line('/rooms'));
element('reconnect-now').addEventListener('click', () => app.connection.retryNow());
element('notify').addEventListener('click', () => app.alerts.ask());
element('logs').addEventListener('scroll', () => {
  if (app.current) {
    app.scroller.scrolled(app.current);
  }
}, { passive: true });

// Uploads: the + button, a paste of files (a screenshot, say), or files dropped anywhere on the chat.
element('attach').addEventListener('click', () => element('file').click());
element('file').addEventListener('change', () => {
  app.upload([...element('file').files]);
  element('file').value = '';
});
document.addEventListener('paste', (event) => {
  const files = [...(event.clipboardData ? event.clipboardData.files : [])];
  if (files.length > 0 && !element('chat').hidden) {
    event.preventDefault();
    app.upload(files);
  }
});
let dragDepth = 0;
const dragsFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes('Files');
element('chat').addEventListener('dragenter', (event) => {
  if (dragsFiles(event)) {
    dragDepth += 1;
    element('dropzone').hidden = false;
  }
});
element('chat').addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  element('dropzone').hidden = dragDepth > 0 ? false : true;
});
element('chat').addEventListener('dragover', (event) => {
  if (dragsFiles(event)) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
});
element('chat').addEventListener('drop', (event) => {
  dragDepth = 0;
  element('dropzone').hidden = true;
  if (dragsFiles(event)) {
    event.preventDefault();
    app.upload([...event.dataTransfer.files]);
  }
});

// Keyboard: Alt+Up/Down switch rooms, Alt+R / Alt+M open the drawers, Escape closes them.
document.addEventListener('keydown', (event) => {
  if (element('chat').hidden) {
    return;
  }
  if (event.key === 'Escape') {
    if (app.view.closeDrawers()) {
      event.preventDefault();
    }
    return;
  }
  if (!event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    event.preventDefault();
    app.step(event.key === 'ArrowUp' ? -1 : 1);
  } else if (event.code === 'KeyR') {
    event.preventDefault();
    app.view.toggle('rooms');
  } else if (event.code === 'KeyM') {
    event.preventDefault();
    app.view.toggle('members');
  }
});

document.addEventListener('visibilitychange', () => {
  if (!document.hidden && app.current) {
    app.current.unread = 0;
    app.current.mentions = 0;
    app.view.renderRooms();
  }
});

app.start();
element('alias').focus();
