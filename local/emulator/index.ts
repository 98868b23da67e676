// The Apps Script emulator: an in-memory spreadsheet and the services the add-on
// uses, and a loader that runs the built bundle against them.

export { createSpreadsheet, EmulatedSpreadsheet, type SpreadsheetOptions } from './emulated-spreadsheet';
export { loadBundle, type Bundle, type BundleOptions } from './bundle';
export type { AuthMode } from './execution';
export type { UiEvent, MenuRecord, MenuEntry, ButtonName } from './ui';
export { formatDate } from './format-date';
