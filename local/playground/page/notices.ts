// What Sheets shows after a script runs: toasts in the corner, alerts and prompts as modal
// dialogs, errors in red. The emulator answers an alert when the script asks, with the
// first button (OK, Yes), so the dialog here says which answer was given.

import type { Notice } from '../protocol';

const ERROR_SECONDS = 10;

function toast(container: HTMLElement, title: string, message: string, seconds: number, error = false): void {
  // Sheets shows one toast at a time: a new one replaces the last ("Computing…", then the result).
  if (!error) container.querySelectorAll('.toast:not(.error)').forEach((shown) => shown.remove());
  const box = document.createElement('div');
  box.className = error ? 'toast error' : 'toast';
  box.setAttribute('role', error ? 'alert' : 'status');
  if (title) box.append(Object.assign(document.createElement('strong'), { textContent: title }));
  box.append(Object.assign(document.createElement('p'), { textContent: message }));
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: '×', className: 'close' });
  close.setAttribute('aria-label', 'Dismiss');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  container.append(box);
  // Sheets keeps a toast with a negative timeout until it is dismissed.
  if (seconds > 0) setTimeout(() => box.remove(), seconds * 1000);
}

function alert(dialog: HTMLDialogElement, title: string, lines: string[]): void {
  dialog.replaceChildren();
  if (title) dialog.append(Object.assign(document.createElement('h2'), { textContent: title }));
  for (const line of lines) dialog.append(Object.assign(document.createElement('p'), { textContent: line }));
  const form = Object.assign(document.createElement('form'), { method: 'dialog' });
  form.append(Object.assign(document.createElement('button'), { textContent: 'OK' }));
  dialog.append(form);
  dialog.showModal();
}

export class Notices {
  constructor(
    private readonly toasts: HTMLElement,
    private readonly dialog: HTMLDialogElement,
  ) {}

  /** Toasts, alerts and errors; sidebars and dialogs are the panels' business. */
  show(notice: Notice): void {
    switch (notice.type) {
      case 'toast':
        return toast(this.toasts, notice.title, notice.message, notice.timeoutSeconds);
      case 'error':
        return toast(this.toasts, '', notice.message, ERROR_SECONDS, true);
      case 'alert':
      case 'prompt': {
        const answered = notice.buttons === 'OK' ? [] : [`(The playground answered ${notice.response}.)`];
        const typed = notice.type === 'prompt' ? [`Typed: “${notice.text}”`] : [];
        return alert(this.dialog, notice.title, [notice.prompt, ...typed, ...answered]);
      }
    }
  }

  error(message: string): void {
    this.show({ type: 'error', message });
  }
}
