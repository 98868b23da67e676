// CacheService: string values that expire on the emulator's clock.

import { Buffer } from 'node:buffer';
import type { Clock } from './clock';
import { currentExecution, gasError, requireAuthorization } from './execution';
import { toRealm } from './realm';

export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_KEY_LENGTH = 250;
export const MAX_EXPIRATION_SECONDS = 21_600;
const DEFAULT_EXPIRATION_SECONDS = 600;

export type CacheStore = Map<string, { value: string; expiresAt: number }>;

export class Cache {
  constructor(private readonly store: CacheStore, private readonly clock: Clock) {}

  get(key: string): string | null {
    const entry = this.store.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now()) {
      this.store.delete(String(key));
      return null;
    }
    return entry.value;
  }

  /** Longer than 6 hours is cut to 6 hours, the most Google keeps anything. */
  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    const text = String(value);
    if (String(key).length > MAX_KEY_LENGTH) throw gasError('Argument too large: key');
    if (Buffer.byteLength(text, 'utf8') > MAX_CACHE_VALUE_BYTES) throw gasError('Argument too large: value');
    const seconds = Math.min(Math.max(1, expirationInSeconds), MAX_EXPIRATION_SECONDS);
    this.store.set(String(key), { value: text, expiresAt: this.clock.now() + seconds * 1000 });
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return toRealm(found, currentExecution().realm) as Record<string, string>;
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.store.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

export interface CacheStores {
  document: CacheStore;
  script: CacheStore;
  user: (email: string) => CacheStore;
}

export function cacheService(stores: CacheStores, clock: Clock) {
  return {
    getDocumentCache(): Cache {
      requireAuthorization('CacheService.getDocumentCache');
      return new Cache(stores.document, clock);
    },
    getScriptCache(): Cache {
      requireAuthorization('CacheService.getScriptCache');
      return new Cache(stores.script, clock);
    },
    getUserCache(): Cache {
      requireAuthorization('CacheService.getUserCache');
      return new Cache(stores.user(currentExecution().user.email), clock);
    },
  };
}
