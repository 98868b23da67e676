import { idKey } from '../../domain/catalog';
import { mapHeaders } from '../../workbook/headers';
import { sheetSpec, type SheetKey } from '../../workbook/sheets';
import type { Snapshot } from '../snapshot';

/**
 * Every ID typed in a sheet's first column as read, including rows the reader left out for a
 * bad cell: a new ID must not collide with a row the owner is still fixing.
 */
export function idsOnSheet(snapshot: Snapshot, key: SheetKey): string[] {
  const values = snapshot.values[key];
  if (!values) return [];
  const at = mapHeaders(sheetSpec(key), values[0]).index.get('id');
  if (at === undefined) return [];
  return values.slice(1).map((row) => String(row[at] ?? '').trim()).filter((id) => id !== '');
}

export function hasId(ids: readonly string[], id: string): boolean {
  const key = idKey(id);
  return ids.some((existing) => idKey(existing) === key);
}

/** The next IDs after the highest of the shape PREFIX + digits (`C0031`, `T00412`). */
export function nextIds(ids: readonly string[], prefix: string, width: number, count = 1): string[] {
  const shape = new RegExp(`^${prefix}(\\d+)$`, 'i');
  let highest = 0;
  for (const id of ids) {
    const m = shape.exec(id);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => prefix + String(highest + 1 + i).padStart(width, '0'));
}
