import { addMonths } from '../../domain/calendar';
import { customerName } from '../../domain/catalog';
import type { DiscountType, Package } from '../../domain/types';
import { PackageSale } from '../../contract/schemas';
import type { Receipt, SaleSaved } from '../../contract/types';
import type { CounterAction } from './action';
import { appendRecords, nextRow } from './append';
import { customerCardOf } from './card';
import { idsOnSheet, nextIds } from './ids';
import { customerIndex, withRecords, type Ledger } from './ledger';
import { moneyText, numberText } from './receipts';
import { Refusing, requireCustomer } from './refusals';
import { discountTypeChoice } from './summaries';

interface SaleDone {
  receipt: Receipt;
  customerId: string;
}

function requireType(ledger: Ledger, id: string): DiscountType {
  const type = ledger.model.catalog.discountType(id);
  if (!type || !type.active) throw new Refusing({ reason: 'unknownType', message: ledger.t('counter.refuse.unknownType', { id }), field: 'typeId' });
  return type;
}

/** The value and expiry the form showed must still be the type's: the owner told the customer. */
function checkShown(ledger: Ledger, type: DiscountType, sale: PackageSale): void {
  const { t } = ledger;
  const choice = discountTypeChoice(ledger, type);
  const changes: string[] = [];
  if (choice.value !== sale.shown.value) changes.push(t('counter.changed.value', { now: numberText(ledger, choice.value) }));
  if (choice.expires !== sale.shown.expires) changes.push(t('counter.changed.expires', { now: choice.expires || t('counter.sell.never') }));
  if (changes.length > 0) throw new Refusing({ reason: 'changed', message: t('counter.refuse.changed', { what: changes.join(t('explain.semicolon', {})) }) });
  if (choice.worth !== null && sale.price >= choice.worth && !sale.acceptPriceAtOrAboveValue) {
    const message = t('counter.sell.priceWarning', { price: moneyText(ledger, sale.price), worth: moneyText(ledger, choice.worth) });
    throw new Refusing({ reason: 'priceAtOrAboveValue', message, field: 'price' });
  }
}

function termsText(ledger: Ledger, pkg: Package, type: DiscountType): string {
  const { t } = ledger;
  const value =
    type.kind === 'Value card'
      ? moneyText(ledger, pkg.value)
      : type.kind === 'Session pack'
        ? t('counter.sell.sessions', { count: pkg.value })
        : t('counter.card.discount', { percent: type.percent });
  const expires = pkg.expires === null ? t('counter.sell.never') : { day: pkg.expires };
  return t('counter.receipt.saleTerms', { price: moneyText(ledger, pkg.pricePaid), value, expires });
}

/** Sell package: one Packages row, value and expiry copied from the type as it is today. */
export const sellPackageAction: CounterAction<PackageSale, SaleDone, SaleSaved> = {
  schema: PackageSale,
  write(ledger, sale) {
    const customer = ledger.model.catalog.customers[requireCustomer(ledger, sale.customerId, 'customerId')];
    const type = requireType(ledger, sale.typeId);
    checkShown(ledger, type, sale);
    const [id] = nextIds(idsOnSheet(ledger.snapshot, 'packages'), 'P', 4);
    const expires = type.validMonths > 0 ? addMonths(ledger.today, type.validMonths) : null;
    const pkg: Package = {
      row: nextRow(ledger, 'packages'),
      id,
      soldOn: ledger.today,
      customerId: customer.id,
      typeId: type.id,
      pricePaid: sale.price,
      value: type.value,
      expires,
      status: '',
      note: sale.note,
    };
    appendRecords(ledger, 'packages', [
      {
        id,
        soldOn: { day: pkg.soldOn },
        customerId: pkg.customerId,
        typeId: pkg.typeId,
        pricePaid: pkg.pricePaid,
        value: type.kind === 'Percent off' ? null : pkg.value,
        expires: expires === null ? null : { day: expires },
        status: null,
        note: pkg.note,
      },
    ]);
    const sold = ledger.t('counter.receipt.sale', { package: id, type: type.name, name: customerName(customer), customer: customer.id, date: { day: ledger.today } });
    const receipt = { ids: [id], text: [sold, termsText(ledger, pkg, type)].join('\n') };
    return { done: { receipt, customerId: customer.id }, ledger: withRecords(ledger, { packages: [pkg] }) };
  },
  answer: (ledger, done) => ({ ok: true, receipt: done.receipt, card: customerCardOf(ledger, customerIndex(ledger, done.customerId)) }),
};
