import type { Message } from '../i18n';
import type { SheetKey } from './sheets';

/**
 * A cell that could not be used. `column` is the column's key within its sheet (null for a
 * problem with the whole row or sheet); the Problems sheet renders it with the owner's header.
 */
export interface CellProblem {
  sheet: SheetKey;
  row: number;
  column: string | null;
  value: unknown;
  message: Message;
}
