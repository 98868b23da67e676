/**
 * How the owner's words are compared: case, width (full-width Chinese input) and spacing never
 * matter, so "customer id", "Customer  ID" and "ＣＵＳＴＯＭＥＲ ＩＤ" are the same header.
 */
export function normaliseWord(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
