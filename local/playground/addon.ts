// The built add-on (dist/) bound to one spreadsheet. `npm start` rebuilds dist/ in the
// background; the next call after a rebuild loads the new Code.js.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle, type Bundle, type EmulatedSpreadsheet, type MenuRecord, type UiEvent } from '../emulator';

export const BUILT_ADDON_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** The caption Sheets gives the add-on's menu: the Apps Script project's name. */
const ADDON_NAME = 'Loyalty Ledger';

export interface Ran {
  value?: unknown;
  /** The error as Sheets reports it, e.g. `Script function not found: computeRebates`. */
  error?: string;
  /** Whether the call wrote to the document (so the file needs saving). */
  changed: boolean;
  /** Toasts, alerts, sidebars… the call showed, in order. */
  shown: UiEvent[];
}

/** Counted SpreadsheetApp calls that change the document, e.g. `Range.setValues`. */
const CHANGING_CALL = /\.(set|insert|delete|append|clear|protect|hide|show|rename|sort|copy|move)/;

function changesSoFar(bundle: Bundle): number {
  let changes = 0;
  for (const [call, count] of bundle.counter.calls) if (CHANGING_CALL.test(call)) changes += count;
  return changes;
}

function builtAt(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined; // mid-rebuild: dist/ is being swapped
  }
}

function describeError(error: unknown): string {
  const { name, message } = error as Error;
  return name && name !== 'Error' ? `${name}: ${message}` : message;
}

export class Addon {
  private loaded?: { bundle: Bundle; builtAt: number | undefined };

  constructor(
    readonly spreadsheet: EmulatedSpreadsheet,
    private readonly distDir = BUILT_ADDON_DIR,
  ) {}

  get bundle(): Bundle {
    const stamp = builtAt(join(this.distDir, 'Code.js'));
    if (!this.loaded || (stamp !== undefined && stamp !== this.loaded.builtAt)) {
      this.loaded = { bundle: loadBundle({ distDir: this.distDir, spreadsheet: this.spreadsheet, addonName: ADDON_NAME }), builtAt: stamp };
    }
    return this.loaded.bundle;
  }

  /** Runs a built global as a new execution, as a menu item or google.script.run does. */
  run(name: string, ...args: unknown[]): Ran {
    return this.showing((bundle) => bundle.call(name, ...args));
  }

  /** The menus onOpen builds when the spreadsheet opens (an add-on already used here: LIMITED). */
  menus(): MenuRecord[] {
    const { error } = this.showing((bundle) => bundle.trigger('onOpen', 'LIMITED'));
    if (error) throw new Error(`onOpen failed: ${error}`);
    return this.spreadsheet.ui.menus();
  }

  /** Computes the cells that call a custom function, as Sheets does after every change. */
  recalculate(): void {
    this.bundle.evaluateCustomFunctions();
  }

  /** Runs `work` on the current bundle and collects what it showed and whether it wrote. */
  private showing(work: (bundle: Bundle) => unknown): Ran {
    const bundle = this.bundle;
    const log = this.spreadsheet.ui.events;
    const from = log.length;
    const changesBefore = changesSoFar(bundle);
    const done = (outcome: { value?: unknown; error?: string }): Ran => ({
      ...outcome,
      changed: changesSoFar(bundle) > changesBefore,
      shown: log.slice(from),
    });
    try {
      return done({ value: work(bundle) });
    } catch (error) {
      return done({ error: describeError(error) });
    }
  }
}
