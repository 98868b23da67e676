// The playground's HTTP server, on the loopback interface only: the page, its JSON API
// over the open workbook, and the sidebars the add-on shows.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Actions } from './actions';
import { buildAssets } from './assets';
import type { EditRequest, MenuItemRequest, RowsRequest, ScriptRunRequest } from './protocol';
import type { Session } from './session';

export interface PlaygroundOptions {
  session: Session;
  /** 0 picks a free port. */
  port: number;
  host?: string;
}

export interface Playground {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

async function readJson(request: IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error('Request too large');
  }
  return JSON.parse(body);
}

type Post = (request: IncomingMessage) => Promise<unknown>;

const taking =
  <T>(action: (body: T) => Promise<unknown>): Post =>
  async (request) =>
    action((await readJson(request)) as T);

/**
 * Only this page may change the workbook: another site open in the same browser can neither
 * send JSON here (the content type forces a CORS preflight, which gets no CORS answer) nor
 * reach us under another host name (DNS rebinding).
 */
function trusted(request: IncomingMessage, hosts: string[]): boolean {
  if (!hosts.includes(request.headers.host ?? '')) return false;
  return request.method !== 'POST' || request.headers['content-type'] === 'application/json';
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const sendJson = (response: ServerResponse, value: unknown): void => send(response, 200, 'application/json', JSON.stringify(value));

export async function startPlayground({ session, port, host = '127.0.0.1' }: PlaygroundOptions): Promise<Playground> {
  const actions = new Actions(session);
  const assets = await buildAssets();
  const posts: Record<string, Post> = {
    '/api/edit': taking((body: EditRequest) => actions.edit(body)),
    '/api/rows': taking((body: RowsRequest) => actions.rows(body)),
    '/api/menu-item': taking((body: MenuItemRequest) => actions.menuItem(body)),
    '/api/script-run': taking((body: ScriptRunRequest) => actions.scriptRun(body)),
  };

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const asset = assets.get(pathname);
    const shown = /^\/shown\/(\w+)$/.exec(pathname);
    const post = posts[pathname];
    if (!trusted(request, hosts)) return send(response, 403, 'text/plain', 'Forbidden');
    if (request.method === 'POST' && post) return sendJson(response, await post(request));
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    if (asset) return send(response, 200, asset.type, asset.body);
    if (pathname === '/api/book') return sendJson(response, actions.book());
    if (pathname === '/api/menus') return sendJson(response, actions.menus());
    const page = shown && actions.pages.html(shown[1]);
    if (page) return send(response, 200, 'text/html; charset=utf-8', page);
    send(response, 404, 'text/plain', 'Not found');
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: Error) => send(response, 500, 'text/plain', error.message));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: listening } = server.address() as AddressInfo;
  const hosts = [`${host}:${listening}`, `localhost:${listening}`];
  return {
    url: `http://${host}:${listening}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}
