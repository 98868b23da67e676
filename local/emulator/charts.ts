// Embedded charts: the `Charts` global's ChartType enum, Sheet.newChart()'s builder and the
// charts a sheet holds. Nothing is drawn: a chart is recorded (type, ranges, options, position)
// for tests and the playground to read. Ranges keep the cells they named when the chart was
// built; Sheets would move them with inserted rows, the emulator does not.

import { currentExecution, gasError } from './execution';
import type { Range } from './range';
import type { SheetData } from './sheet-data';

export const ChartType = Object.freeze(
  Object.fromEntries(
    ['AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL'].map((name) => [name, name]),
  ),
);

/** The `Charts` service as far as embedded charts need it. */
export const charts = Object.freeze({ ChartType });

const realmArray = <T>(items: readonly T[]): T[] => currentExecution().realm.Array.from(items);

/** What a chart is, as tests and the playground read it. */
export interface ChartRecord {
  id: number;
  type: string;
  ranges: Range[];
  options: Record<string, unknown>;
  /** Header rows of the ranges; -1 leaves Sheets to guess. */
  numHeaders: number;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
}

let nextChartId = 1;
const chartsBySheet = new WeakMap<SheetData, EmbeddedChart[]>();

/** The charts inserted in a sheet, in insertion order. */
export function chartsOf(data: SheetData): EmbeddedChart[] {
  let list = chartsBySheet.get(data);
  if (!list) chartsBySheet.set(data, (list = []));
  return list;
}

export class ContainerInfo {
  static readonly gasKind = 'ContainerInfo';

  constructor(private readonly position: ChartRecord['position']) {}

  getAnchorRow(): number {
    return this.position.anchorRow;
  }

  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class ChartOptions {
  static readonly gasKind = 'ChartOptions';

  constructor(private readonly options: Record<string, unknown>) {}

  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmbeddedChart {
  static readonly gasKind = 'EmbeddedChart';

  constructor(
    readonly sheetData: SheetData,
    readonly record: ChartRecord,
  ) {}

  /** Null until the chart is inserted, as in Sheets. */
  getChartId(): number | null {
    return chartsOf(this.sheetData).includes(this) ? this.record.id : null;
  }

  getRanges(): Range[] {
    return realmArray(this.record.ranges);
  }

  getNumHeaders(): number {
    return this.record.numHeaders;
  }

  getOptions(): ChartOptions {
    return new ChartOptions(this.record.options);
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.record.position);
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.sheetData, this.record);
  }
}

export class EmbeddedChartBuilder {
  static readonly gasKind = 'EmbeddedChartBuilder';
  private readonly record: ChartRecord;

  constructor(
    private readonly sheetData: SheetData,
    from?: ChartRecord,
  ) {
    this.record = from
      ? { ...from, ranges: [...from.ranges], options: { ...from.options }, position: { ...from.position } }
      : { id: nextChartId++, type: ChartType.COLUMN, ranges: [], options: {}, numHeaders: -1, position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 } };
  }

  setChartType(type: string): this {
    if (!(type in ChartType)) throw gasError(`Invalid argument: type`);
    this.record.type = type;
    return this;
  }

  getChartType(): string {
    return this.record.type;
  }

  addRange(range: Range): this {
    if (range?.sheetData === undefined) throw gasError("The parameters don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    this.record.ranges.push(range);
    return this;
  }

  removeRange(range: Range): this {
    this.record.ranges = this.record.ranges.filter((r) => r.sheetData !== range.sheetData || JSON.stringify(r.box) !== JSON.stringify(range.box));
    return this;
  }

  clearRanges(): this {
    this.record.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return realmArray(this.record.ranges);
  }

  setOption(option: string, value: unknown): this {
    this.record.options[String(option)] = value;
    return this;
  }

  setNumHeaders(headers: number): this {
    this.record.numHeaders = headers;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.record.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this.sheetData, { ...this.record, ranges: [...this.record.ranges], options: { ...this.record.options } });
  }
}

/** Sheet.insertChart / removeChart / updateChart over the sheet's list. */
export function insertChart(data: SheetData, chart: EmbeddedChart): void {
  if (!(chart instanceof EmbeddedChart)) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
  const list = chartsOf(data);
  if (list.some((c) => c.record.id === chart.record.id)) throw gasError('This chart is already in the sheet.');
  list.push(chart);
}

export function removeChart(data: SheetData, chart: EmbeddedChart): void {
  const list = chartsOf(data);
  const at = list.findIndex((c) => c.record.id === chart?.record?.id);
  if (at < 0) throw gasError('The chart does not exist in this sheet.');
  list.splice(at, 1);
}

export function updateChart(data: SheetData, chart: EmbeddedChart): void {
  const list = chartsOf(data);
  const at = list.findIndex((c) => c.record.id === chart?.record?.id);
  if (at < 0) throw gasError('The chart does not exist in this sheet.');
  list[at] = chart;
}
