// The charts of a sheet as the page draws them: each recorded chart's ranges read into
// categories (the first column) and series (the other columns, named by their header row).

import { chartsOf } from '../emulator/charts';
import { displayValue } from '../emulator/number-format';
import type { SheetData } from '../emulator/sheet-data';
import type { ChartView } from './protocol';

/** The columns of a chart's ranges, side by side, as display text and numbers. */
function columnsOf(chart: ReturnType<typeof chartsOf>[number]): { text: string; value: number | null }[][] {
  return chart.record.ranges.flatMap(({ sheetData, box }) =>
    Array.from({ length: box.numColumns }, (_, c) =>
      Array.from({ length: box.numRows }, (_, r) => {
        const cell = sheetData.cell(box.row + r, box.column + c);
        const text = cell ? displayValue(cell.value, cell.format) : '';
        return { text, value: typeof cell?.value === 'number' ? cell.value : null };
      }),
    ),
  );
}

export function chartViews(data: SheetData): ChartView[] {
  return chartsOf(data).map((chart) => {
    const [categories = [], ...series] = columnsOf(chart);
    const { anchorRow, anchorColumn } = chart.record.position;
    // Not told, Sheets guesses: a text row above figures is a header, as in the add-on's ranges.
    const headers = chart.record.numHeaders < 0 ? 1 : chart.record.numHeaders;
    return {
      type: chart.record.type,
      title: String(chart.record.options['title'] ?? ''),
      anchorRow,
      anchorColumn,
      categories: categories.slice(headers).map((cell) => cell.text),
      series: series.map((cells) => ({ name: headers > 0 ? cells[headers - 1].text : '', values: cells.slice(headers).map((cell) => cell.value ?? 0) })),
    };
  });
}
