// Logger and console, captured instead of printed.

import { isDate, isPlainObject } from './realm';
import { formatString } from './utilities';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value) && !Number.isNaN(value.getTime())) return value.toISOString();
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value);
  return String(value);
}

export class LogCapture {
  readonly entries: LogEntry[] = [];

  messages(level?: LogEntry['level']): string[] {
    return this.entries.filter((entry) => !level || entry.level === level).map((entry) => entry.message);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** The vm's `console`: every level goes to the capture. */
  console() {
    const write = (level: LogEntry['level']) => (...args: unknown[]) => {
      this.entries.push({ level, message: args.map(show).join(' ') });
    };
    return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
  }

  /** Logger: log(data) or log(format, ...values) with %s placeholders; getLog joins the lines. */
  logger() {
    const lines: string[] = [];
    const logger = {
      log: (data: unknown, ...values: unknown[]) => {
        const message = values.length ? formatString(String(data), ...values.map(show)) : show(data);
        lines.push(message);
        this.entries.push({ level: 'log', message });
        return logger;
      },
      getLog: () => lines.join('\n'),
      clear: () => {
        lines.length = 0;
      },
    };
    return logger;
  }
}
