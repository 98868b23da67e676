// A1 notation: `B2`, `A1:C`, `A:A`, `2:2`, `$A$1`, with an optional sheet name
// (`Sheet 1!A1:C` or `'It''s'!A1`). Open ends run to the sheet's edge as in Sheets.

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

interface Corner {
  row?: number;
  column?: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Splits `Sheet!A1` into the sheet name (unquoted) and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang === -1) return { cells: a1 };
  const name = a1.slice(0, bang);
  const quoted = /^'(.*)'$/s.exec(name);
  return { sheetName: quoted ? quoted[1].replace(/''/g, "'") : name, cells: a1.slice(bang + 1) };
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return null;
  const corner: Corner = {};
  if (match[1]) corner.column = columnNumber(match[1]);
  if (match[2]) corner.row = Number(match[2]);
  if (corner.row === 0) return null;
  return corner;
}

/** The box `cells` covers on a sheet of the given size, or null if it is not A1 notation. */
export function parseA1(cells: string, maxRows: number, maxColumns: number): Box | null {
  const [startText, endText, extra] = cells.split(':');
  if (extra !== undefined) return null;
  const start = parseCorner(startText);
  const end = endText === undefined ? start : parseCorner(endText);
  if (!start || !end) return null;
  // A bare `A` or `2` only makes sense as part of a pair (`A:A`, `2:2`).
  if (endText === undefined && (start.row === undefined || start.column === undefined)) return null;
  const rows = [start.row ?? 1, end.row ?? maxRows].sort((a, b) => a - b);
  const columns = [start.column ?? 1, end.column ?? maxColumns].sort((a, b) => a - b);
  return { row: rows[0], column: columns[0], numRows: rows[1] - rows[0] + 1, numColumns: columns[1] - columns[0] + 1 };
}

/** Sheets' own spelling: `A1`, `A1:C3`, whole columns as `A:C`, whole rows as `2:3`. */
export function formatA1(box: Box, maxRows: number, maxColumns: number): string {
  const lastRow = box.row + box.numRows - 1;
  const lastColumn = box.column + box.numColumns - 1;
  const from = columnLetters(box.column);
  const to = columnLetters(lastColumn);
  if (box.row === 1 && lastRow === maxRows && box.numRows > 1) return `${from}:${to}`;
  if (box.column === 1 && lastColumn === maxColumns && box.numColumns > 1) return `${box.row}:${lastRow}`;
  if (box.numRows === 1 && box.numColumns === 1) return `${from}${box.row}`;
  return `${from}${box.row}:${to}${lastRow}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
