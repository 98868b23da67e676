// The add-on menus onOpen built, above the grid as Extensions › Loyalty Ledger is in Sheets.

import type { MenuRecord } from '../protocol';

type MenuEntry = MenuRecord['items'][number];

function entryElement(entry: MenuEntry, choose: (functionName: string) => void): HTMLElement {
  const li = document.createElement('li');
  if ('separator' in entry) {
    li.setAttribute('role', 'separator');
  } else if ('submenu' in entry) {
    li.className = 'submenu';
    li.append(entry.submenu.name, itemList(entry.submenu, choose));
  } else {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: entry.caption });
    button.setAttribute('role', 'menuitem');
    button.addEventListener('click', () => choose(entry.functionName));
    li.append(button);
  }
  return li;
}

function itemList(menu: MenuRecord, choose: (functionName: string) => void): HTMLUListElement {
  const list = document.createElement('ul');
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', menu.name);
  list.append(...menu.items.map((entry) => entryElement(entry, choose)));
  return list;
}

export function renderMenus(container: HTMLElement, menus: MenuRecord[], choose: (functionName: string) => void): void {
  container.replaceChildren(
    ...menus.map((menu) => {
      const details = document.createElement('details');
      const summary = Object.assign(document.createElement('summary'), { textContent: menu.name });
      details.append(
        summary,
        itemList(menu, (functionName) => {
          details.open = false;
          choose(functionName);
        }),
      );
      return details;
    }),
  );
  // A click anywhere else closes an open menu, as in Sheets.
  document.addEventListener('click', (event) => {
    container.querySelectorAll('details[open]').forEach((details) => {
      if (!details.contains(event.target as Node)) details.removeAttribute('open');
    });
  });
}
