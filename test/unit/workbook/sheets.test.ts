import { describe, expect, it } from 'vitest';
import { SPEC_SHEETS } from '../../integration/workbook';
import { LANGS, translate } from '../../../src/i18n';
import { normaliseWord } from '../../../src/workbook/normalise';
import { DASHBOARD_SHEET, SHEETS } from '../../../src/workbook/sheets';

describe('sheet contract', () => {
  it('matches SPEC §2 header for header, in order', () => {
    const headers = Object.fromEntries(SHEETS.map((s) => [translate('en', s.name), s.columns.map((c) => translate('en', c.header))]));
    expect(headers).toEqual(SPEC_SHEETS);
  });

  it('never gives two columns of a sheet the same header, in any language or across languages', () => {
    for (const sheet of SHEETS) {
      const seen = new Map<string, string>();
      for (const column of sheet.columns) {
        for (const lang of LANGS) {
          const word = normaliseWord(translate(lang, column.header));
          const owner = seen.get(word);
          expect(owner === undefined || owner === column.key, `${sheet.key}: "${word}" is both ${owner} and ${column.key}`).toBe(true);
          seen.set(word, column.key);
        }
      }
    }
  });

  it('gives every sheet a name no other sheet has in any language, the Dashboard included', () => {
    const seen = new Map<string, string>();
    for (const sheet of [...SHEETS, DASHBOARD_SHEET]) {
      for (const lang of LANGS) {
        const word = normaliseWord(translate(lang, sheet.name));
        expect([undefined, sheet.key]).toContain(seen.get(word));
        seen.set(word, sheet.key);
      }
    }
  });
});
