import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGS, chooseLanguage, translate } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';

describe('message catalog', () => {
  it('has every English key, and only those, in every language, none blank', () => {
    const keys = Object.keys(en).sort();
    for (const lang of LANGS) {
      const catalog = CATALOGS[lang] as Record<string, string>;
      expect(Object.keys(catalog).sort(), lang).toEqual(keys);
      for (const key of keys) expect(catalog[key].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('keeps the same {parameters} in every language', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const lang of LANGS) expect(params(CATALOGS[lang][key]), `${lang} ${key}`).toEqual(params(en[key]));
    }
  });

  it('fills parameters, including nested messages and lists of them', () => {
    expect(translate('en', 'problem.unknownSetting', { name: 'Colour' })).toBe('Unknown setting "Colour".');
    expect(translate('th', 'problem.notChoice', { choices: [{ key: 'period.month' }, { key: 'period.year' }] })).toBe(
      'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: รายเดือน, รายปี',
    );
    // A list in Chinese is joined with the enumeration comma.
    expect(translate('zh', 'problem.notChoice', { choices: [{ key: 'period.month' }, { key: 'period.year' }] })).toBe(
      `应为以下之一：${translate('zh', 'period.month')}、${translate('zh', 'period.year')}。`,
    );
    // A parameter left out stays visible rather than vanishing.
    expect(translate('en', 'compute.done', { rebates: 3 })).toBe('Rebates: 3. Problems: {problems}.');
    expect(translate('en', 'compute.done', { rebates: 3, problems: 0 })).toBe('Rebates: 3. Problems: 0.');
    expect(translate('en', 'app.name', {})).toBe(translate('en', 'app.name'));
  });

  it('follows the Language setting, else the spreadsheet locale, else English', () => {
    expect(chooseLanguage('th', 'en_US')).toBe('th');
    expect(chooseLanguage('Auto', 'zh_CN')).toBe('zh');
    expect(chooseLanguage(undefined, 'th_TH')).toBe('th');
    expect(chooseLanguage('', 'fr_FR')).toBe('en');
  });
});
