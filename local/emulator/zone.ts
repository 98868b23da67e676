// Time-zone arithmetic with Intl only. A "wall" time is a calendar date-time in
// some zone, held as the epoch milliseconds it would have in UTC; Sheets stores
// such wall times as serial day numbers counted from 1899-12-30.

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25_569;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for a name Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The offset Intl shows at `instant`: its wall clock minus the instant, to the second. */
function measuredOffset(instant: number, timeZone: string): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) fields[part.type] = part.value;
  const year = fields.era === 'BC' ? 1 - Number(fields.year) : Number(fields.year);
  const wallSeconds = Date.UTC(year, Number(fields.month) - 1, Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second));
  return wallSeconds - Math.floor(instant / 1000) * 1000;
}

const MS_PER_HOUR = 3_600_000;
/** Per zone, the offset of each UTC hour measured so far; NaN marks an hour holding a change. */
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. Offsets change at most
 * once an hour, so Intl is asked once per UTC hour (formatToParts per date cell made reading a
 * large sheet slow); an hour whose two ends disagree is measured instant by instant.
 */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  let hours = offsetsByHour.get(timeZone);
  if (!hours) offsetsByHour.set(timeZone, (hours = new Map()));
  const hour = Math.floor(instant / MS_PER_HOUR);
  let offset = hours.get(hour);
  if (offset === undefined) {
    const first = measuredOffset(hour * MS_PER_HOUR, timeZone);
    offset = first === measuredOffset((hour + 1) * MS_PER_HOUR - 1000, timeZone) ? first : NaN;
    hours.set(hour, offset);
  }
  return Number.isNaN(offset) ? measuredOffset(instant, timeZone) : offset;
}

export function instantToWall(instant: number, timeZone: string): number {
  return instant + zoneOffsetMs(instant, timeZone);
}

/** The instant whose wall clock in `timeZone` reads `wall` (the later one across a DST gap). */
export function wallToInstant(wall: number, timeZone: string): number {
  const first = wall - zoneOffsetMs(wall, timeZone);
  return wall - zoneOffsetMs(first, timeZone);
}

export function serialToWall(serial: number): number {
  return Math.round((serial - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY);
}

export function wallToSerial(wall: number): number {
  return wall / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
}
