// The rule the language tests apply to everything the owner sees.
//
// What counts as an English word: a run of two or more Latin letters. Not counted:
//  - the owner's data: the customers' names and emails, and the cell values the Problems sheet
//    quotes back (its Value column);
//  - IDs: one or two capital letters and digits (C0001, S01, P0001, T00001, D01, R1), and rebate
//    IDs made of them (R1/C0001/2025-01-01);
//  - currency codes (THB, CNY, USD), which the owner types in Settings;
//  - "VIP": Thai and Chinese shops say VIP (ลูกค้า VIP, VIP会员), so it is their word too;
//  - "PDF", the name Sheets' own Thai and Chinese File menu gives the format;
//  - the product's name, "Loyalty Ledger", and "Google", which Google's own Thai and Chinese
//    interface writes in Latin letters (Google ชีต, Google 表格).
// A single Latin capital (the "C" of a card named "สมาชิก C") is a label, not a word.
const ALLOWED = new Set(['VIP', 'PDF', 'THB', 'CNY', 'USD', 'Google']);

/** The English words of a text (see the rule above); `owner` holds the owner's own words. */
export function englishWords(text: string, owner: ReadonlySet<string> = new Set()): string[] {
  const rest = text
    .replace(/Loyalty Ledger/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/\b[A-Z]{1,2}\d+\b/g, ' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED.has(word) && !owner.has(word));
}

