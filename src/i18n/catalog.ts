import type { MessageKey } from './en';

export type { MessageKey };

/** A whole catalog: every key the English catalog has, no more, no less. */
export type Catalog = Record<MessageKey, string>;

export type Lang = 'en' | 'th' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'th', 'zh'];

/** A calendar day (days since 1970-01-01), written as the message's language writes dates. */
export interface DayParam {
  day: number;
}

/** A parameter may itself be a message (or a list of them) or a day, rendered in the same language. */
export type MessageParam = string | number | DayParam | Message | readonly Message[];
export type MessageParams = Record<string, MessageParam>;

/** A message not yet rendered: the domain and the workbook layer speak in these. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}
