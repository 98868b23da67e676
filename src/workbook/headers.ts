import { allWordings } from '../i18n';
import { normaliseWord } from './normalise';
import type { SheetSpec } from './sheets';

/** Where each of a sheet's known columns sits (0-based), found by header text in any language. */
export interface HeaderMap {
  /** Column key → 0-based index; absent keys are missing columns. */
  index: Map<string, number>;
  /** Keys of the spec's columns that no header matched, in spec order. */
  missing: string[];
  /** How many header cells there are (the owner's own columns included). */
  width: number;
}

export function mapHeaders(spec: SheetSpec, headerRow: readonly unknown[]): HeaderMap {
  const wanted = new Map<string, string>();
  for (const column of spec.columns) {
    for (const header of [column.header, ...(column.formerly ?? [])]) {
      for (const wording of allWordings(header)) wanted.set(normaliseWord(wording), column.key);
    }
  }
  const index = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const key = wanted.get(normaliseWord(cell));
    // The first matching header wins, so a copied column never hides the owner's original.
    if (key !== undefined && !index.has(key)) index.set(key, i);
  });
  let width = headerRow.length;
  while (width > 0 && normaliseWord(headerRow[width - 1]) === '') width--;
  const missing = spec.columns.filter((c) => !index.has(c.key)).map((c) => c.key);
  return { index, missing, width };
}

/** Finds which sheet of a list is the spec's sheet, by its name in any language. */
export function findSheetName(spec: SheetSpec, names: readonly string[]): string | undefined {
  const wordings = new Set(allWordings(spec.name).map(normaliseWord));
  return names.find((name) => wordings.has(normaliseWord(name)));
}
