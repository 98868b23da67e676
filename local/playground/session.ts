// One workbook file open with the built add-on bound to it: what the playground page and
// the command line both drive.

import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { createSpreadsheet, type EmulatedSpreadsheet } from '../emulator';
import { loadWorkbookFile, saveWorkbookFile } from '../xlsx';
import { Addon } from './addon';

export class Session {
  readonly addon: Addon;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    readonly spreadsheet: EmulatedSpreadsheet,
    distDir?: string,
  ) {
    this.addon = new Addon(spreadsheet, distDir);
  }

  static async open(path: string, distDir?: string): Promise<Session> {
    const file = resolve(path);
    if (!existsSync(file)) throw new Error(`No workbook at ${file}`);
    return new Session(file, await loadWorkbookFile(file), distDir);
  }

  /** A book not yet on disk, with no sheets: setUpWorkbook makes every sheet it needs. */
  static blank(path: string, distDir?: string): Session {
    const file = resolve(path);
    return new Session(file, createSpreadsheet({ name: basename(file, extname(file)), sheets: [] }), distDir);
  }

  /** The book at `path`; when there is none, a new one set up with the sample shop. */
  static async openOrMakeSample(path: string, distDir?: string): Promise<Session> {
    if (existsSync(resolve(path))) return Session.open(path, distDir);
    const session = Session.blank(path, distDir);
    const { error } = session.addon.run('setUpWorkbook', { sample: true });
    if (error !== undefined) throw new Error(`Cannot make the sample workbook ${session.path}: ${error}`);
    await session.afterChange();
    return session;
  }

  /** Recomputes custom-function cells and writes the file (tmp + rename), one save at a time. */
  afterChange(): Promise<void> {
    this.addon.recalculate();
    const save = this.saving.catch(() => undefined).then(() => saveWorkbookFile(this.spreadsheet, this.path));
    this.saving = save;
    return save;
  }
}
