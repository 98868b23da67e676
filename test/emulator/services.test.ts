import { describe, expect, it } from 'vitest';
import { Clock } from '../../local/emulator/clock';
import { Cache } from '../../local/emulator/cache';
import { LockTable, Lock } from '../../local/emulator/lock';
import { Properties } from '../../local/emulator/properties';
import { runIn, defaultUser, newExecutionId } from '../../local/emulator/execution';
import { hostRealm } from '../../local/emulator/realm';
import { utilities } from '../../local/emulator/utilities';

const asExecution = <T>(fn: () => T): T => runIn({ id: newExecutionId(), realm: hostRealm, authMode: 'FULL', user: defaultUser }, fn);

describe('PropertiesService stores', () => {
  it('keeps strings, converts other values to strings, and deletes', () => {
    const props = new Properties(new Map());
    props.setProperty('a', 1 as unknown as string).setProperties({ b: 'two', c: true as unknown as string });
    expect(props.getProperty('a')).toBe('1');
    expect(props.getProperties()).toEqual({ a: '1', b: 'two', c: 'true' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
    props.setProperties({ z: 'only' }, true);
    expect(props.getKeys()).toEqual(['z']);
    props.deleteProperty('z');
    expect(props.getProperty('z')).toBeNull();
  });

  it('refuses a value over 9 KB and a store over 500 KB, storing nothing of the batch', () => {
    const props = new Properties(new Map());
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    const batch: Record<string, string> = {};
    for (let i = 0; i < 60; i++) batch[`k${i}`] = 'y'.repeat(9000);
    expect(() => props.setProperties(batch)).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(props.getKeys()).toEqual(['ok']);
  });
});

describe('CacheService', () => {
  it('expires values on the emulator clock, at most after 6 hours', () => {
    const clock = new Clock(Date.UTC(2026, 0, 1));
    const cache = new Cache(new Map(), clock);
    cache.put('short', 'v', 10);
    cache.put('long', 'v', 999_999);
    cache.put('default', 'v');
    clock.advance(9_999);
    expect(cache.get('short')).toBe('v');
    clock.advance(1);
    expect(cache.get('short')).toBeNull();
    clock.advance(600_000);
    expect(cache.get('default')).toBeNull();
    clock.advance(6 * 3600_000 - 610_000 - 1);
    expect(cache.get('long')).toBe('v');
    clock.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  it('handles batches and refuses values over 100 KB', () => {
    const cache = new Cache(new Map(), new Clock(0));
    cache.putAll({ a: '1', b: '2' }, 60);
    expect(cache.getAll(['a', 'b', 'missing'])).toEqual({ a: '1', b: '2' });
    cache.removeAll(['a']);
    expect(cache.get('a')).toBeNull();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('LockService locks', () => {
  it('excludes another execution until released, waiting on the clock', () => {
    const clock = new Clock(0);
    const table = new LockTable(clock);
    const first = asExecution(() => {
      const lock = new Lock(table, 'document:x');
      expect(lock.tryLock(0)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      // A second execution runs while the first holds the lock.
      asExecution(() => {
        const other = new Lock(table, 'document:x');
        expect(other.tryLock(2000)).toBe(false);
        expect(() => other.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
        expect(other.hasLock()).toBe(false);
      });
      lock.releaseLock();
      return clock.now();
    });
    expect(first).toBe(3000);
  });

  it('lets a waiter in when a declared hold ends within its timeout', () => {
    const clock = new Clock(0);
    const table = new LockTable(clock);
    table.hold('script', 1500);
    asExecution(() => {
      expect(new Lock(table, 'script').tryLock(1000)).toBe(false);
      expect(new Lock(table, 'script').tryLock(1000)).toBe(true);
    });
    expect(clock.now()).toBe(1500);
  });
});

describe('Utilities', () => {
  it('sleeps by moving the clock, and makes UUIDs, base64 and digests as Java bytes', () => {
    const clock = new Clock(0);
    const u = utilities(clock);
    u.sleep(2500);
    expect(clock.now()).toBe(2500);
    expect(u.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.base64Encode('สวัสดี')).toBe(Buffer.from('สวัสดี').toString('base64'));
    const bytes = asExecution(() => u.base64Decode(u.base64Encode([0, 127, -128, -1])));
    expect(bytes).toEqual([0, 127, -128, -1]);
    expect(asExecution(() => u.newBlob(u.base64Decode(u.base64Encode('ok'))).getDataAsString())).toBe('ok');
    const digest = asExecution(() => u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc'));
    expect(digest.length).toBe(32);
    expect(digest[0]).toBe(-70); // 0xba
  });
});
