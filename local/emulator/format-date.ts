// Utilities.formatDate: Java SimpleDateFormat patterns rendered in a given zone,
// in English, as Apps Script does.

import { gasError } from './execution';
import { instantToWall, zoneOffsetMs } from './zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const text = (name: string, count: number): string => (count >= 4 ? name : name.slice(0, 3));

function offsetText(offsetMs: number, style: 'Z' | 'X', count: number): string {
  if (style === 'X' && offsetMs === 0) return 'Z';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (style === 'Z') return `${sign}${hh}${mm}`;
  return count === 1 ? `${sign}${hh}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

function zoneName(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(instant));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function field(letter: string, count: number, wall: Date, instant: number, timeZone: string): string {
  const hours = wall.getUTCHours();
  switch (letter) {
    case 'y': {
      const year = wall.getUTCFullYear();
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M': {
      const month = wall.getUTCMonth();
      return count >= 3 ? text(MONTHS[month], count) : pad(month + 1, count);
    }
    case 'd': return pad(wall.getUTCDate(), count);
    case 'E': return text(DAYS[wall.getUTCDay()], count);
    case 'u': return String(wall.getUTCDay() || 7);
    case 'a': return hours < 12 ? 'AM' : 'PM';
    case 'H': return pad(hours, count);
    case 'k': return pad(hours || 24, count);
    case 'K': return pad(hours % 12, count);
    case 'h': return pad(hours % 12 || 12, count);
    case 'm': return pad(wall.getUTCMinutes(), count);
    case 's': return pad(wall.getUTCSeconds(), count);
    case 'S': return pad(wall.getUTCMilliseconds(), count);
    case 'Z': return offsetText(zoneOffsetMs(instant, timeZone), 'Z', count);
    case 'X': return offsetText(zoneOffsetMs(instant, timeZone), 'X', count);
    case 'z': return zoneName(instant, timeZone);
    default: throw gasError(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const instant = date.getTime();
  const wall = new Date(instantToWall(instant, timeZone));
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'" && pattern[i + 1] === "'") {
      out += "'";
      i += 2;
    } else if (ch === "'") {
      // Quoted literal; '' inside it is one quote.
      for (i++; i < pattern.length; i++) {
        if (pattern[i] !== "'") out += pattern[i];
        else if (pattern[i + 1] === "'") out += pattern[i++];
        else break;
      }
      i++;
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += field(ch, count, wall, instant, timeZone);
      i += count;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
