import type { Receipt } from '../contract/types';
import { button, h } from './dom';
import { t } from './i18n';

/** What was saved, in a box the owner can copy from (the Copy button, or select and copy). */
export function receiptBox(receipt: Receipt): HTMLElement {
  const text = h('textarea', { readonly: true, className: 'receipt-text', rows: receipt.text.split('\n').length, 'aria-label': t('counter.receipt.title') });
  text.value = receipt.text;
  const copied = h('span', { className: 'hint', 'aria-live': 'polite' });
  const copy = button(t('counter.receipt.copy'), () => {
    text.select();
    // Clipboard access may be blocked in the sidebar's frame; the selection is the fallback.
    const done = () => (copied.textContent = t('counter.receipt.copied'));
    navigator.clipboard?.writeText(receipt.text).then(done, () => document.execCommand('copy') && done());
  });
  return h('section', { className: 'receipt', role: 'status' }, h('h3', { text: t('counter.receipt.title') }), text, h('div', { className: 'actions' }, copy, copied));
}
