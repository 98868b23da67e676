import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';

/**
 * A user-facing string must come from the catalog. This walks the code the owner meets (server,
 * sidebar, workbook layer) and flags any string literal that reads like words for a person: Thai
 * or Chinese letters, or a capitalised word (with or without more words after it). The domain's
 * own codes ('Value card', 'Paid'…, the string literal types of src/domain/types.ts) are names,
 * not messages; keys, IDs, formats, CSS classes and function names do not look like words.
 */
const ROOTS = ['src/server', 'src/sidebar', 'src/workbook', 'src/contract'];
const KEYS = new Set(Object.keys(en));
const CODES = new Set([
  ...['src/domain/types.ts', 'src/domain/problems.ts'].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^export type \w+ =([^;]+);$/gm)].flatMap((m) => [...m[1].matchAll(/'([^']*)'/g)].map((q) => q[1])),
  ),
  // Keyboard key names in the sidebar.
  'Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown',
]);
/** The sample shop is data in three languages, not messages. */
const DATA_FILES = new Set([path.join('src', 'workbook', 'sample.ts')]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function looksLikeWords(text: string): boolean {
  if (KEYS.has(text) || CODES.has(text)) return false;
  // Thai letters and Chinese characters; the Thai block's baht sign ฿ (U+0E3F) is a currency symbol, not a word.
  return /^\s*[A-Z][a-z]+\b/.test(text) || /[\u0E01-\u0E3A\u0E40-\u0E5B\u4E00-\u9FFF]/.test(text);
}

function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const isType = ts.isLiteralTypeNode(node.parent ?? node);
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isType && looksLikeWords(node.text)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    if (ts.isTemplateExpression(node) && looksLikeWords(node.head.text + node.templateSpans.map((s) => s.literal.text).join(' '))) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every user-facing string goes through the catalog', () => {
  it('leaves no words in string literals of the server, the sidebar or the workbook layer', () => {
    const offenders = ROOTS.flatMap((root) => files(root).filter((f) => !DATA_FILES.has(f)).flatMap((file) => literals(file).map((l) => `${file}:${l.line} ${JSON.stringify(l.text)}`)));
    expect(offenders).toEqual([]);
  });

  it('would catch a literal message', () => {
    expect(looksLikeWords('Rebates computed')).toBe(true);
    expect(looksLikeWords('เงินคืน')).toBe(true);
    expect(looksLikeWords('menu.computeRebates')).toBe(false);
    expect(looksLikeWords('yyyy-mm-dd')).toBe(false);
    expect(looksLikeWords('"฿"#,##0.00')).toBe(false);
    expect(looksLikeWords('Value card')).toBe(false);
    expect(looksLikeWords('Unknown rule "R9".')).toBe(true);
  });
});
