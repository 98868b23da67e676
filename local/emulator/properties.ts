// PropertiesService: string key/value stores with Google's size limits.

import { Buffer } from 'node:buffer';
import { currentExecution, gasError, requireAuthorization } from './execution';
import { toRealm } from './realm';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export class Properties {
  constructor(private readonly store: Map<string, string>) {}

  /** Checks a whole batch before storing any of it, as one write. */
  private write(entries: [string, string][], keepOthers: boolean): this {
    for (const [, value] of entries) if (bytes(value) > MAX_VALUE_BYTES) throw gasError('Argument too large: value');
    const next = new Map(keepOthers ? this.store : []);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > MAX_STORE_BYTES) throw gasError('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: unknown): this {
    return this.write([[String(key), String(value)]], true);
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    return this.write(Object.entries(properties).map(([key, value]) => [key, String(value)]), !deleteAllOthers);
  }

  getProperties(): Record<string, string> {
    return toRealm(Object.fromEntries(this.store), currentExecution().realm) as Record<string, string>;
  }

  getKeys(): string[] {
    return currentExecution().realm.Array.from(this.store.keys());
  }

  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export interface PropertyStores {
  document: Map<string, string>;
  script: Map<string, string>;
  user: (email: string) => Map<string, string>;
}

export function propertiesService(stores: PropertyStores) {
  return {
    getDocumentProperties(): Properties {
      requireAuthorization('PropertiesService.getDocumentProperties');
      return new Properties(stores.document);
    },
    getScriptProperties(): Properties {
      requireAuthorization('PropertiesService.getScriptProperties');
      return new Properties(stores.script);
    },
    getUserProperties(): Properties {
      requireAuthorization('PropertiesService.getUserProperties');
      return new Properties(stores.user(currentExecution().user.email));
    },
  };
}
