// What the playground's server and its page say to each other (JSON over HTTP).

import type { ButtonName, MenuRecord } from '../emulator';

export type { MenuRecord };

/** One cell as the grid shows it; blank cells travel as null. */
export interface CellView {
  /** The value as Sheets displays it, through the cell's number format. */
  text: string;
  /** What the editor starts with: the formula, or the value as one would type it. */
  input: string;
  kind: 'number' | 'date' | 'boolean' | 'text' | 'error';
  /** Why a custom function failed. */
  error?: string;
}

/** An embedded chart with the figures of its ranges: categories and named series. */
export interface ChartView {
  type: string;
  title: string;
  anchorRow: number;
  anchorColumn: number;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export interface SheetView {
  name: string;
  /** Written by the add-on (Rebates, History, Problems): not edited by hand. */
  computed: boolean;
  frozenRows: number;
  columnWidths: number[];
  rows: (CellView | null)[][];
  charts: ChartView[];
}

export interface BookView {
  name: string;
  file: string;
  sheets: SheetView[];
}

/** What Sheets would show the user after a change: toasts, alerts, a sidebar, an error. */
export type Notice =
  | { type: 'toast'; title: string; message: string; timeoutSeconds: number }
  | { type: 'alert'; title: string; prompt: string; buttons: string; response: ButtonName }
  | { type: 'prompt'; title: string; prompt: string; buttons: string; response: ButtonName; text: string }
  | { type: 'sidebar'; title: string; url: string }
  | { type: 'dialog'; title: string; url: string; width: number | null; height: number | null }
  | { type: 'error'; message: string };

export interface Reply {
  notices: Notice[];
}

/** The user's selection when a menu item runs: whole rows, else the active cell. */
export interface Selection {
  sheet: string;
  rows: number[];
  cell?: { row: number; column: number };
}

export interface EditRequest {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

export type RowsRequest = { sheet: string; insertBelow: number } | { sheet: string; delete: number[] };

export interface MenuItemRequest {
  functionName: string;
  selection: Selection;
}

export interface ScriptRunRequest {
  name: string;
  args: unknown[];
}

/** `changed`: the call wrote to the workbook, so the page redraws it. */
export type ScriptRunReply = ({ value: unknown } | { error: string }) & Reply & { changed: boolean };

/** Messages the google.script.run stand-in in a sidebar posts to the page around it. */
export type FrameMessage = { playground: 'ran'; notices: Notice[]; changed: boolean } | { playground: 'close' };
