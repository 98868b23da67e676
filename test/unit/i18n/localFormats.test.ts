// Numbers, money and dates as the owner's language and locale write them: in sentences
// (explanations, statement, sidebar) and as the number formats of the cells.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RebateExplanation } from '../../../src/domain/brackets';
import { dayFromIso } from '../../../src/domain/calendar';
import { explainRebate } from '../../../src/domain/explain';
import { formatMoney, formatNumber } from '../../../src/domain/money';
import { formatDay, formatIsoDate, isoFromWrittenDate, translate, translator } from '../../../src/i18n';
import { dateFormat, moneyFormat, numberFormatFor } from '../../../src/server/formats';

const day = (iso: string) => dayFromIso(iso)!;

describe('dates in text', () => {
  it('writes Thai dates in the Buddhist era, Chinese ones with 年月日, English ones as YYYY-MM-DD', () => {
    expect(formatDay(day('2026-03-31'), 'th')).toBe('31 มีนาคม 2569');
    expect(formatDay(day('2026-03-31'), 'zh')).toBe('2026年3月31日');
    expect(formatDay(day('2026-03-31'), 'en')).toBe('2026-03-31');
    expect(formatIsoDate('2025-01-01', 'th')).toBe('1 มกราคม 2568');
    expect(formatIsoDate('2024-02-29', 'zh')).toBe('2024年2月29日');
    expect(formatIsoDate('', 'th')).toBe('');
  });

  it('names every Thai month as Intl th-TH does, without depending on Intl', () => {
    const intl = new Intl.DateTimeFormat('th-TH', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-15`;
      expect(formatIsoDate(iso, 'th'), iso).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });

  it('reads back every day it writes in Thai or Chinese, and Thai short month names', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1990-01-01'), max: day('2100-12-31') }), fc.constantFrom('th' as const, 'zh' as const), (d, lang) => {
        expect(isoFromWrittenDate(formatDay(d, lang))).toBe(formatDay(d, 'en'));
      }),
    );
    expect(isoFromWrittenDate('31 มี.ค. 2569')).toBe('2026-03-31');
    expect(isoFromWrittenDate(' 1 ม.ค.2568 ')).toBe('2025-01-01');
    expect(isoFromWrittenDate('2026 年 3 月 31 日')).toBe('2026-03-31');
    // Year first is never ambiguous, and a year from 2400 on is the Buddhist era's.
    expect(['2026-1-5', '2026/01/05', '2026.1.05', ' 2569-01-05 ', '2568/12/31'].map(isoFromWrittenDate)).toEqual(['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-05', '2025-12-31']);
    for (const other of ['31/03/2569', '31 March 2026', '31 มีนา 2569', '26-03-31', 'yesterday', '']) expect(isoFromWrittenDate(other), other).toBeNull();
  });

  it('fills a day parameter of a message in the message’s language', () => {
    const params = { from: { day: day('2025-04-01') }, to: { day: day('2026-03-31') } };
    expect(translate('th', 'statement.periodRange', params)).toBe('1 เมษายน 2568 ถึง 31 มีนาคม 2569');
    expect(translate('zh', 'statement.periodRange', params)).toBe('2025年4月1日 至 2026年3月31日');
    expect(translate('en', 'statement.periodRange', params)).toBe('2025-04-01 to 2026-03-31');
  });
});

describe('numbers and money in text', () => {
  it('groups digits by three in Thai and Chinese books and shows the currency’s minor units', () => {
    expect(formatMoney(1234567.5, 'THB', 'th_TH')).toBe('1,234,567.50');
    expect(formatMoney(1234567.5, 'CNY', 'zh_CN')).toBe('1,234,567.50');
    expect(formatMoney(1234567.5, 'JPY', 'ja_JP')).toBe('1,234,568');
    expect(formatNumber(30000, 'th_TH')).toBe('30,000');
    expect(formatNumber(2.5, 'zh_CN')).toBe('2.5');
  });

  it('reads a Sheets locale name (de_DE) as the Intl locale it stands for', () => {
    expect(formatMoney(1234.5, 'EUR', 'de_DE')).toBe('1.234,50');
  });

  it('explains a rebate with the language’s words, the locale’s numbers and the language’s dates', () => {
    const open: RebateExplanation = {
      basisKind: 'Amount', method: 'Retroactive', basis: 12000, reached: { from: 10000, rate: { kind: 'percent', value: 2 } },
      terms: [{ of: 12000, rate: { kind: 'percent', value: 2 }, amount: 240 }],
      next: { from: 30000, distance: 18000 }, belowMin: null, capped: null, negative: false, raw: 240, rebate: 240, openUntil: day('2026-03-31'),
    };
    const format = (lang: 'th' | 'zh', locale: string, currency: string) => ({ t: translator(lang), locale, currency, rounding: 'Half up' as const, date: (d: number) => formatDay(d, lang) });
    expect(explainRebate(open, format('th', 'th_TH', 'THB'))).toBe(
      'ยอดซื้อที่นับเงินคืนได้ 12,000.00 ถึงขั้น 10,000: 2% ของ 12,000.00 = 240.00 ; อีก 18,000.00 จะถึงขั้น 30,000 ; ' + translate('th', 'explain.open', { date: '31 มีนาคม 2569' }),
    );
    expect(explainRebate(open, format('zh', 'zh_CN', 'CNY'))).toContain('2026年3月31日');
  });
});

describe('number formats of new cells', () => {
  it('puts the currency’s symbol and minor units on money, quoted where Sheets needs it', () => {
    expect(moneyFormat('THB')).toBe('"฿"#,##0.00');
    expect(moneyFormat('CNY')).toBe('"¥"#,##0.00');
    expect(moneyFormat('USD')).toBe('$#,##0.00');
    expect(moneyFormat('JPY')).toBe('"¥"#,##0');
    expect(moneyFormat('KWD')).toBe('#,##0.000');
    expect(moneyFormat('SGD')).toBe('#,##0.00');
    expect(numberFormatFor('money', 'thb', 'th_TH')).toBe('"฿"#,##0.00');
  });

  it('keeps dates real dates, day first in a Thai book and year first otherwise', () => {
    expect(dateFormat('th_TH')).toBe('dd/mm/yyyy');
    expect(dateFormat('zh_CN')).toBe('yyyy-mm-dd');
    expect(dateFormat('en_US')).toBe('yyyy-mm-dd');
    expect(numberFormatFor('date', 'THB', 'th_TH')).toBe('dd/mm/yyyy');
    expect(numberFormatFor('date', 'USD')).toBe('yyyy-mm-dd');
  });
});
