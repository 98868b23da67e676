// Counts what costs a round trip on Google's side: every call on a SpreadsheetApp
// object, plus the cells moved, so tests can hold the add-on to a call budget.

export class CallCounter {
  readonly calls = new Map<string, number>();
  total = 0;
  cellsRead = 0;
  cellsWritten = 0;

  count(kind: string, method: string): void {
    const key = `${kind}.${method}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    this.total++;
  }

  /** Calls of one method (`'Range.getValues'`) or of every method of one kind (`'Range'`). */
  get(key: string): number {
    if (key.includes('.')) return this.calls.get(key) ?? 0;
    let sum = 0;
    for (const [name, n] of this.calls) if (name.startsWith(`${key}.`)) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.calls.clear();
    this.total = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
