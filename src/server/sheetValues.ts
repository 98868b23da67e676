type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every value of a sheet, A1 to its last row and column with data, in one call where
 * `getDataRange().getValues()` takes two. Google does not say what -1 does on a sheet without
 * data; if it throws, the data range gives what it always gave (one blank cell).
 */
export function sheetValues(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues();
  }
}
