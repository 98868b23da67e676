import { customerName, idKey } from '../../domain/catalog';
import { phoneDigits } from '../../domain/search';
import type { Customer } from '../../domain/types';
import { NewCustomer } from '../../contract/schemas';
import type { CustomerSaved, CustomerSummary, Receipt } from '../../contract/types';
import type { CounterAction } from './action';
import { appendRecords } from './append';
import { hasId, idsOnSheet, nextIds } from './ids';
import type { Ledger } from './ledger';
import { Refusing } from './refusals';
import { customerSummary } from './summaries';

interface CustomerDone {
  receipt: Receipt;
  customer: CustomerSummary;
  nextCustomerId: string;
}

function refuseTakenId(ledger: Ledger, id: string): never {
  const holder = ledger.shop.customers.find((c) => idKey(c.id) === idKey(id));
  const name = holder ? customerName(holder) : id;
  throw new Refusing({ reason: 'duplicateId', message: ledger.t('counter.new.idTaken', { id, name }), field: 'id' });
}

/** A second customer on a phone already on file is flagged; the owner may confirm it (a family). */
function checkPhone(ledger: Ledger, request: NewCustomer): void {
  const digits = phoneDigits(request.phone);
  const holder = digits === '' ? undefined : ledger.shop.customers.find((c) => phoneDigits(c.phone) === digits);
  if (holder && !request.allowSharedPhone) {
    const message = ledger.t('counter.new.phoneOnFile', { name: customerName(holder), id: holder.id });
    throw new Refusing({ reason: 'sharedPhone', message, field: 'phone' });
  }
}

/** New customer: a Customers row, with the next free `C0001`-style ID unless one is typed. */
export const saveCustomerAction: CounterAction<NewCustomer, CustomerDone, CustomerSaved> = {
  schema: NewCustomer,
  write(ledger, request) {
    const ids = idsOnSheet(ledger.snapshot, 'customers');
    if (request.id !== '' && hasId(ids, request.id)) refuseTakenId(ledger, request.id);
    checkPhone(ledger, request);
    const id = request.id || nextIds(ids, 'C', 4)[0];
    const { firstName, lastName, phone, email, notes } = request;
    appendRecords(ledger, 'customers', [{ id, firstName, lastName, phone, email, tier: null, joined: { day: ledger.today }, notes }]);
    const customer: Customer = { row: 0, id, firstName, lastName, phone, email, tier: '', joined: ledger.today, notes };
    const summary = customerSummary(ledger, customer, ledger.model.timeline.base);
    const lines = [ledger.t('counter.receipt.customer', { id, name: summary.name })];
    if (phone !== '') lines.push(ledger.t('counter.field.phone') + ledger.t('explain.colon', {}) + phone);
    const nextCustomerId = nextIds([...ids, id], 'C', 4)[0];
    return { done: { receipt: { ids: [id], text: lines.join('\n') }, customer: summary, nextCustomerId }, ledger };
  },
  answer: (_, done) => ({ ok: true, ...done }),
};
