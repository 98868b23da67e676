// The Apps Script emulator: an in-memory spreadsheet and the services the add-on
// uses, and a loader that runs the built bundle against them.

export { createSpreadsheet, EmulatedSpreadsheet, type SpreadsheetOptions } from './emulated-spreadsheet';
export { loadBundle, type Bundle, type BundleOptions, type CallOptions } from './bundle';
export type { AuthMode, User } from './execution';
export type { UiEvent, UiLog, MenuRecord, MenuEntry, ButtonName } from './ui';
export type { CallCounter } from './counter';
export type { CustomFunctionResult } from './custom-functions';
export type { LockScope } from './lock';
export { formatDate } from './format-date';
export { Workbook } from './workbook';
export { DEFAULT_ROWS, DEFAULT_COLUMNS } from './sheet-data';
export { ChartType, EmbeddedChart, type ChartRecord } from './charts';
