import type { DiscountType } from '../../domain/types';
import { NewDiscountType } from '../../contract/schemas';
import type { DiscountTypeSaved } from '../../contract/types';
import type { CounterAction } from './action';
import { appendRecords, nextRow } from './append';
import { idsOnSheet, nextIds } from './ids';
import { withRecords } from './ledger';
import { requireService } from './refusals';
import { discountTypeChoice, KIND_KEY } from './summaries';

interface TypeDone {
  typeId: string;
}

/**
 * New discount type, from the Sell package view: one Discount Types row with the next free
 * `D01`-style ID, active at once so it can be sold. The value is the owner's (the page only
 * suggests it); the services must be active ones, as the sale will price against them.
 */
export const saveDiscountTypeAction: CounterAction<NewDiscountType, TypeDone, DiscountTypeSaved> = {
  schema: NewDiscountType,
  write(ledger, request) {
    const services = request.services.map((id) => requireService(ledger, id, 'services').id);
    const [id] = nextIds(idsOnSheet(ledger.snapshot, 'discountTypes'), 'D', 2);
    const { name, kind, value, price, validMonths } = request;
    const type: DiscountType = { row: nextRow(ledger, 'discountTypes'), id, name, kind, services, value, price, percent: 0, validMonths, active: true };
    appendRecords(ledger, 'discountTypes', [
      { id, name, kind: { key: KIND_KEY[kind] }, services: services.join(', '), value, price, percent: null, validMonths, active: true },
    ]);
    return { done: { typeId: id }, ledger: withRecords(ledger, { discountTypes: [type] }) };
  },
  answer(ledger, done) {
    const type = ledger.model.catalog.discountType(done.typeId);
    // Gone again (the owner deleted the row) before a retried request came back.
    if (!type) return { ok: false, refusal: { reason: 'unknownType', message: ledger.t('counter.refuse.unknownType', { id: done.typeId }) } };
    return { ok: true, discountType: discountTypeChoice(ledger, type) };
  },
};
