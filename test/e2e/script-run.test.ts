// The server half of the google.script.run stand-in, on the emulator's fixture add-on:
// results are refused as Google refuses them, without a browser.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Actions } from '../../local/playground/actions';
import { Session } from '../../local/playground/session';

const FIXTURE_ADDON = fileURLToPath(new URL('../emulator/fixtures/addon', import.meta.url));

function actionsOn(rows: unknown[][]): Actions {
  const session = Session.blank(join(mkdtempSync(join(tmpdir(), 'script-run-')), 'book.xlsx'), FIXTURE_ADDON);
  session.spreadsheet.setSheetValues('Purchases', rows);
  return new Actions(session);
}

describe('google.script.run on the playground server', () => {
  it('returns plain values', async () => {
    const reply = await actionsOn([['Amount'], [100]]).scriptRun({ name: 'readSheet', args: ['Purchases'] });
    expect(reply).toMatchObject({ value: { values: [['Amount'], [100]] }, changed: false });
  });

  it('refuses a result holding a Date, as Google does', async () => {
    const reply = await actionsOn([['Date'], [new Date('2026-03-31T00:00:00+07:00')]]).scriptRun({ name: 'readSheet', args: ['Purchases'] });
    expect(reply).toMatchObject({ error: 'Failed due to illegal value in property: 0' });
    expect(reply).not.toHaveProperty('value');
  });

  it('fails an unknown function with Google’s message', async () => {
    const reply = await actionsOn([]).scriptRun({ name: 'noSuchFunction', args: [] });
    expect(reply).toMatchObject({ error: 'Script function not found: noSuchFunction', notices: [] });
  });
});
