import type { Catalog, DayParam, Lang, MessageKey, MessageParam, MessageParams, Message } from './catalog';
import { formatDay } from './dates';
import { en } from './en';
import { th } from './th';
import { zh } from './zh';

export type { Catalog, DayParam, Lang, MessageKey, MessageParam, MessageParams, Message };
export { formatDay, formatIsoDate, isoFromWrittenDate } from './dates';
export { LANGS } from './catalog';

export const CATALOGS: Record<Lang, Catalog> = { en, th, zh };

/** Each catalog text split once into literal text and parameter names, alternately. */
const pieces = new Map<string, string[]>();

function piecesOf(text: string): string[] {
  let split = pieces.get(text);
  if (!split) pieces.set(text, (split = text.split(/\{(\w+)\}/)));
  return split;
}

/** Renders a message in a language, filling `{name}` parameters. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGS[lang][key];
  if (!params) return text;
  const show = (param: MessageParam): string => {
    if (typeof param === 'string' || typeof param === 'number') return String(param);
    if (Array.isArray(param)) return param.map(show).join(CATALOGS[lang]['explain.listComma']);
    if ('day' in param) return formatDay(param.day, lang);
    const message = param as Message;
    return translate(lang, message.key, message.params);
  };
  // Explanations fill thousands of messages per compute: no regular expression per message.
  const split = piecesOf(text);
  let out = split[0];
  for (let i = 1; i < split.length; i += 2) out += (split[i] in params ? show(params[split[i]]) : `{${split[i]}}`) + split[i + 1];
  return out;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A translator bound to one language, the form most callers want. */
export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/**
 * The owner's language: the Settings `Language` value when it names one, else the
 * spreadsheet's locale (`th_TH`, `zh_CN`, `zh_TW`…), else English.
 */
export function chooseLanguage(setting: string | undefined, spreadsheetLocale: string): Lang {
  const chosen = (setting ?? '').trim().toLowerCase();
  if (chosen === 'en' || chosen === 'th' || chosen === 'zh') return chosen;
  const prefix = spreadsheetLocale.toLowerCase().slice(0, 2);
  return prefix === 'th' || prefix === 'zh' ? prefix : 'en';
}

/** Every language's wording of a key, for reading what the owner typed in any of them. */
export function allWordings(key: MessageKey): string[] {
  return [en[key], th[key], zh[key]];
}
