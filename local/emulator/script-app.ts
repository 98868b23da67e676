// ScriptApp: the AuthMode enum and a minimal, recorded trigger API.

import { currentExecution, requireAuthorization, SCOPES } from './execution';

export const AuthModes = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

export interface TriggerRecord {
  id: string;
  handlerFunction: string;
  source: 'SPREADSHEETS' | 'CLOCK';
  eventType: string;
  settings: Record<string, unknown>;
}

export class Trigger {
  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handlerFunction;
  }

  getEventType(): string {
    return this.record.eventType;
  }

  getTriggerSource(): string {
    return this.record.source;
  }

  getUniqueId(): string {
    return this.record.id;
  }
}

/** One builder for spreadsheet and time-based triggers; settings are recorded, not run. */
class TriggerBuilder {
  private source: TriggerRecord['source'] = 'CLOCK';
  private eventType = 'CLOCK';
  private readonly settings: Record<string, unknown> = {};

  constructor(private readonly handlerFunction: string, private readonly triggers: TriggerRecord[]) {}

  private set(key: string, value: unknown): this {
    this.settings[key] = value;
    return this;
  }

  private on(eventType: string): this {
    this.eventType = eventType;
    return this;
  }

  forSpreadsheet(spreadsheet: unknown): this {
    this.source = 'SPREADSHEETS';
    return this.set('spreadsheet', spreadsheet);
  }

  onOpen(): this {
    return this.on('ON_OPEN');
  }

  onEdit(): this {
    return this.on('ON_EDIT');
  }

  onChange(): this {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }

  timeBased(): this {
    return this;
  }

  everyMinutes(n: number): this {
    return this.set('everyMinutes', n);
  }

  everyHours(n: number): this {
    return this.set('everyHours', n);
  }

  everyDays(n: number): this {
    return this.set('everyDays', n);
  }

  atHour(hour: number): this {
    return this.set('atHour', hour);
  }

  after(durationMilliseconds: number): this {
    return this.set('after', durationMilliseconds);
  }

  create(): Trigger {
    const record: TriggerRecord = { id: String(this.triggers.length + 1), handlerFunction: this.handlerFunction, source: this.source, eventType: this.eventType, settings: this.settings };
    this.triggers.push(record);
    return new Trigger(record);
  }
}

export function scriptApp(triggers: TriggerRecord[], scriptId: string) {
  return {
    AuthMode: AuthModes,
    getScriptId: () => scriptId,
    getProjectTriggers(): Trigger[] {
      requireAuthorization('ScriptApp.getProjectTriggers', SCOPES.triggers);
      return currentExecution().realm.Array.from(triggers, (record) => new Trigger(record));
    },
    newTrigger(functionName: string): TriggerBuilder {
      requireAuthorization('ScriptApp.newTrigger', SCOPES.triggers);
      return new TriggerBuilder(String(functionName), triggers);
    },
    deleteTrigger(trigger: Trigger): void {
      requireAuthorization('ScriptApp.deleteTrigger', SCOPES.triggers);
      const index = triggers.findIndex((record) => record.id === trigger.getUniqueId());
      if (index >= 0) triggers.splice(index, 1);
    },
  };
}
