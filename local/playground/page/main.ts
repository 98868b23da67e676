// The playground page: the open workbook's sheets in a grid, the add-on's menus above it and
// what the add-on shows (toasts, alerts, the sidebar) around it. The server does the work.

import type { FrameMessage, Notice, Reply, SheetView } from '../protocol';
import { api } from './api';
import { renderCharts } from './charts';
import { Grid } from './grid';
import { renderMenus } from './menu-bar';
import { Notices } from './notices';
import { DialogPanel, SidePanel } from './panels';
import { renderTabs } from './tabs';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const notices = new Notices(byId('toasts'), byId('alert'));
const sidebar = new SidePanel(byId('side-panel'));
const dialog = new DialogPanel(byId('dialog-page'));
const insertRow = byId<HTMLButtonElement>('insert-row');
const deleteRows = byId<HTMLButtonElement>('delete-rows');

let sheets: SheetView[] = [];
let current = '';
const currentSheet = (): SheetView | undefined => sheets.find((sheet) => sheet.name === current);

const grid = new Grid(byId('grid'), {
  edit: (row, column, text) => apply(api.edit({ sheet: current, row, column, text })),
  selectionChanged: updateToolbar,
});

function updateToolbar(): void {
  const sheet = currentSheet();
  insertRow.disabled = !sheet || sheet.computed;
  deleteRows.disabled = !sheet || sheet.computed || grid.selectedRows.length === 0;
  byId('sheet-note').textContent = sheet?.computed ? 'Computed by the add-on: the menu rewrites this sheet.' : '';
}

function render(): void {
  renderTabs(byId('tabs'), sheets, current, (name) => {
    current = name;
    render();
  });
  const sheet = currentSheet();
  if (sheet) grid.show(sheet);
  renderCharts(byId('charts'), byId('grid'), sheet?.charts ?? []);
  updateToolbar();
}

async function refresh(): Promise<void> {
  const book = await api.book();
  sheets = book.sheets;
  if (!currentSheet()) current = sheets[0]?.name ?? '';
  byId('book-name').textContent = book.name;
  byId('book-file').textContent = book.file;
  document.title = `${book.name} – Loyalty Ledger playground`;
  render();
}

function show(notice: Notice): void {
  if (notice.type === 'sidebar') sidebar.open(notice.title, notice.url);
  else if (notice.type === 'dialog') dialog.open(notice.title, notice.url, notice.width, notice.height);
  else notices.show(notice);
}

/** After a change: redraw from the server's book, then show what the add-on showed. */
async function apply(reply: Promise<Reply>, changed = true): Promise<void> {
  try {
    const { notices: shown } = await reply;
    if (changed) await refresh();
    shown.forEach(show);
  } catch (error) {
    notices.error((error as Error).message);
  }
}

insertRow.addEventListener('click', async () => {
  const below = grid.selectedRows.at(-1) ?? grid.activeRow ?? currentSheet()?.rows.length ?? 1;
  await apply(api.rows({ sheet: current, insertBelow: below }));
  grid.activate({ row: below + 1, column: 1 });
});

deleteRows.addEventListener('click', async () => {
  const [first] = grid.selectedRows;
  await apply(api.rows({ sheet: current, delete: grid.selectedRows }));
  grid.activate({ row: first, column: 1 });
});

// The google.script.run stand-in in a sidebar reports each call, and google.script.host.close().
window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
  if (event.origin !== location.origin) return;
  if (event.data.playground === 'ran') void apply(Promise.resolve(event.data), event.data.changed);
  else if (sidebar.holds(event.source)) sidebar.close();
  else dialog.close();
});

async function start(): Promise<void> {
  await refresh();
  renderMenus(byId('menus'), await api.menus(), (functionName) => void apply(api.menuItem({ functionName, selection: grid.selection() })));
  document.body.dataset['ready'] = 'true';
}

start().catch((error: Error) => notices.error(`The playground could not start: ${error.message}`));
