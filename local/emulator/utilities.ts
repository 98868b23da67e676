// Utilities: dates, UUIDs, sleep (which moves the clock), sprintf, base64, digests.
// Byte arrays are Java's: numbers from -128 to 127.

import { Buffer } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import { currentExecution, gasError } from './execution';
import { formatDate } from './format-date';
import { isDate } from './realm';

export const DigestAlgorithm = { MD2: 'md2', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' } as const;
export const Charset = { US_ASCII: 'ascii', UTF_8: 'utf8' } as const;

type ByteInput = string | number[];

function toBuffer(data: ByteInput, charset: BufferEncoding = 'utf8'): Buffer {
  return typeof data === 'string' ? Buffer.from(data, charset) : Buffer.from(Array.from(data, (b) => b & 0xff));
}

function toJavaBytes(buffer: Buffer): number[] {
  return currentExecution().realm.Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** Java's String.format for the common conversions: %s %d %i %f %x %%, with flags, width and precision. */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(/%([-+ 0,]*)(\d+)?(?:\.(\d+))?([sdifx%])/g, (_, flags: string, width?: string, precision?: string, kind?: string) => {
    if (kind === '%') return '%';
    const arg = args[next++];
    let text: string;
    if (kind === 's') text = precision ? String(arg).slice(0, Number(precision)) : String(arg);
    else if (kind === 'f') text = Number(arg).toFixed(precision ? Number(precision) : 6);
    else if (kind === 'x') text = Math.trunc(Number(arg)).toString(16);
    else text = String(Math.trunc(Number(arg)));
    if (flags.includes(',') && kind !== 's') {
      const [whole, fraction] = text.split('.');
      text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
    }
    if (flags.includes('+') && kind !== 's' && Number(arg) >= 0) text = `+${text}`;
    const size = Number(width ?? 0);
    if (flags.includes('-')) return text.padEnd(size);
    if (flags.includes('0') && kind !== 's') {
      const sign = /^[+-]/.test(text) ? text[0] : '';
      return sign + text.slice(sign.length).padStart(size - sign.length, '0');
    }
    return text.padStart(size);
  });
}

class Blob {
  constructor(private readonly bytes: Buffer, private contentType: string | null, private name: string | null) {}

  getBytes(): number[] {
    return toJavaBytes(this.bytes);
  }

  getDataAsString(charset: BufferEncoding = 'utf8'): string {
    return this.bytes.toString(charset);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }
}

export function utilities(clock: Clock) {
  return {
    DigestAlgorithm,
    Charset,
    formatDate(date: Date, timeZone: string, format: string): string {
      if (!isDate(date)) throw gasError(`The parameters (${typeof date},${typeof timeZone},${typeof format}) don't match the method signature for Utilities.formatDate.`);
      return formatDate(date, String(timeZone), String(format));
    },
    formatString,
    getUuid(): string {
      return randomUUID();
    },
    sleep(milliseconds: number): void {
      clock.advance(Number(milliseconds));
    },
    base64Encode(data: ByteInput, charset?: BufferEncoding): string {
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: ByteInput, charset?: BufferEncoding): string {
      return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      return toJavaBytes(Buffer.from(String(encoded), 'base64'));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      return toJavaBytes(Buffer.from(String(encoded), 'base64url'));
    },
    computeDigest(algorithm: string, value: ByteInput, charset?: BufferEncoding): number[] {
      return toJavaBytes(createHash(algorithm).update(toBuffer(value, charset)).digest());
    },
    newBlob(data: ByteInput, contentType: string | null = null, name: string | null = null): Blob {
      return new Blob(toBuffer(data), contentType, name);
    },
  };
}
