// The playground server's JSON API, as the page calls it.

import type { BookView, EditRequest, MenuItemRequest, MenuRecord, Reply, RowsRequest } from '../protocol';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const get = async <T>(path: string): Promise<T> => json<T>(await fetch(path));

const post = async (path: string, body: unknown): Promise<Reply> =>
  json<Reply>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

export const api = {
  book: () => get<BookView>('/api/book'),
  menus: () => get<MenuRecord[]>('/api/menus'),
  edit: (request: EditRequest) => post('/api/edit', request),
  rows: (request: RowsRequest) => post('/api/rows', request),
  menuItem: (request: MenuItemRequest) => post('/api/menu-item', request),
};
