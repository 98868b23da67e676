// Session: who runs the script and in which zone and language.

import { createHash } from 'node:crypto';
import { currentExecution, requireAuthorization, SCOPES } from './execution';

class User {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export function session(scriptTimeZone: string) {
  return {
    getActiveUser(): User {
      requireAuthorization('Session.getActiveUser', SCOPES.email);
      return new User(currentExecution().user.email);
    },
    getEffectiveUser(): User {
      requireAuthorization('Session.getEffectiveUser', SCOPES.email);
      return new User(currentExecution().user.email);
    },
    getActiveUserLocale(): string {
      return currentExecution().user.locale;
    },
    getScriptTimeZone(): string {
      return scriptTimeZone;
    },
    /** Stable per user and script, and not the email, as Google's is. */
    getTemporaryActiveUserKey(): string {
      return createHash('sha256').update(`emulator:${currentExecution().user.email}`).digest('base64url').slice(0, 32);
    },
  };
}
