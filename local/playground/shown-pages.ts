// Sidebars and dialogs the add-on showed. The page loads them in an iframe from here: the
// built HTML unchanged, with the google.script.run stand-in loaded before anything else.

import type { UiEvent } from '../emulator';
import type { Notice } from './protocol';

export const STAND_IN_PATH = '/assets/google-script-run.js';
const STAND_IN = `<script src="${STAND_IN_PATH}"></script>`;

type Kind = 'sidebar' | 'dialog';

export class ShownPages {
  private readonly pages = new Map<Kind, string>();
  private shown = 0;

  /** The page's address; each showing gets a new one, so the iframe reloads. */
  private show(kind: Kind, html: string): string {
    this.pages.set(kind, html);
    return `/shown/${kind}?${++this.shown}`;
  }

  html(kind: string): string | undefined {
    const html = this.pages.get(kind as Kind);
    if (html === undefined) return undefined;
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + STAND_IN) : STAND_IN + html;
  }

  /** What Sheets would show for the UI events of a call. */
  notices(shown: UiEvent[]): Notice[] {
    return shown.flatMap((event): Notice[] => {
      switch (event.type) {
        case 'toast':
        case 'alert':
        case 'prompt':
          return [event];
        case 'sidebar':
          return [{ type: 'sidebar', title: event.title, url: this.show('sidebar', event.html) }];
        case 'dialog':
          return [{ type: 'dialog', title: event.title, url: this.show('dialog', event.html), width: event.width, height: event.height }];
        case 'menu':
          return [];
      }
    });
  }
}
