// The sheet tabs along the bottom; computed sheets carry a mark and say so.

import type { SheetView } from '../protocol';

export function renderTabs(container: HTMLElement, sheets: SheetView[], current: string, choose: (name: string) => void): void {
  container.replaceChildren(
    ...sheets.map((sheet) => {
      const tab = Object.assign(document.createElement('button'), { type: 'button', textContent: sheet.name });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === current));
      if (sheet.computed) {
        tab.classList.add('computed');
        tab.title = 'Computed by the add-on';
        // A mark for the eye only: the tab's name stays the sheet's name.
        tab.append(Object.assign(document.createElement('span'), { className: 'mark', textContent: ' ƒ', ariaHidden: 'true' }));
      }
      tab.addEventListener('click', () => choose(sheet.name));
      return tab;
    }),
  );
}
