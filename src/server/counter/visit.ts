import { customerName, idKey } from '../../domain/catalog';
import { Dec, exactToApprox, writtenExact } from '../../domain/money';
import { REFUSED } from '../../domain/packages';
import type { Purchase } from '../../domain/types';
import { lineDiscount, lineMoney } from '../../contract/pricing';
import { Visit } from '../../contract/schemas';
import type { CustomerCard, Receipt, VisitSaved } from '../../contract/types';
import type { MessageKey } from '../../i18n';
import { counterEn } from '../../i18n/counter.en';
import type { OutRecord } from '../../workbook/table';
import type { CounterAction } from './action';
import { appendRecords, nextRow } from './append';
import { customerCardOf } from './card';
import { idsOnSheet, nextIds } from './ids';
import { customerIndex, withRecords, type Ledger } from './ledger';
import { moneyText, numberText } from './receipts';
import { Refusing, requireCustomer, requireService } from './refusals';
import { localisedParams } from '../../workbook/domainProblems';

interface VisitDone {
  receipt: Receipt;
  customerId: string;
}

/** Prices and discounts as they are now; any that differ from what the form showed refuse the visit. */
function priceLines(ledger: Ledger, visit: Visit, card: CustomerCard) {
  const { t } = ledger;
  const changes: string[] = [];
  const priced = visit.lines.map((line, i) => {
    const service = requireService(ledger, line.item, `lines.${i}.item`);
    const discount = lineDiscount(card, service.id);
    if (line.shown.unitPrice !== service.price) changes.push(t('counter.changed.price', { item: service.name, now: moneyText(ledger, service.price) }));
    if (line.shown.discountPercent !== discount.percent) changes.push(t('counter.changed.discount', { item: service.name, now: discount.percent }));
    return { line, service, discount, money: lineMoney(service.price, line.quantity, discount.percent, ledger.money) };
  });
  if (changes.length > 0) throw new Refusing({ reason: 'changed', message: t('counter.refuse.changed', { what: changes.join(t('explain.semicolon', {})) }) }, card);
  return priced;
}

/** Amounts a refusal quotes, as the form shows them: money for a value card, sessions for a pack. */
const QUOTED_AMOUNTS = ['balance', 'needed', 'returned', 'value'];

/** The domain's reason a package cannot pay for a line, in the sidebar's words when it has them. */
function packageRefusal(trial: Ledger, purchase: Purchase, line: number): Refusing['refusal'] {
  const problem = trial.model.problems.find((p) => p.sheet === 'Purchases' && p.row === purchase.row);
  if (!problem) return { reason: 'package', message: '', field: `lines.${line}.paidWith` };
  const key = problem.message.key.replace('purchase.', 'counter.refuse.');
  const params = localisedParams(problem.message.params);
  const account = trial.model.ledger.accounts.find((a) => a !== null && idKey(a.record.id) === idKey(purchase.paidWith));
  for (const name of QUOTED_AMOUNTS) {
    const amount = Number(params[name]);
    if (account && name in params && Number.isFinite(amount)) params[name] = account.kind === 'Value card' ? moneyText(trial, amount) : numberText(trial, amount);
  }
  const message = trial.t((key in counterEn ? key : problem.message.key) as MessageKey, params);
  return { reason: 'package', message, field: `lines.${line}.paidWith` };
}

/** "P0013: 3,650.00 THB left" after a line paid from a value card or session pack. */
function balanceAfter(trial: Ledger, purchase: number): string | null {
  const pkg = trial.model.ledger.paidFrom[purchase];
  const account = pkg >= 0 ? trial.model.ledger.accounts[pkg] : null;
  const entry = account?.entries.find((e) => e.purchase === purchase);
  if (!account || !entry) return null;
  const balance =
    account.kind === 'Value card' ? moneyText(trial, writtenExact(entry.balance, trial.model.money)) : trial.t('counter.sell.sessions', { count: exactToApprox(entry.balance) });
  return trial.t('counter.receipt.paidFrom', { package: account.record.id, balance });
}

function purchaseRecord(p: Purchase): OutRecord {
  const { id, customerId, item, quantity, unitPrice, discount, amount } = p;
  return { id, date: { day: p.date }, customerId, item, quantity, unitPrice, discount, amount, paidWith: p.paidWith || null, note: p.note || null };
}

/** Record visit: one Purchases row per item, priced with the customer's discount, paid in money or from a package. */
export const recordVisitAction: CounterAction<Visit, VisitDone, VisitSaved> = {
  schema: Visit,
  write(ledger, visit) {
    const customerAt = requireCustomer(ledger, visit.customerId, 'customerId');
    const customer = ledger.model.catalog.customers[customerAt];
    const priced = priceLines(ledger, visit, customerCardOf(ledger, customerAt));
    const ids = nextIds(idsOnSheet(ledger.snapshot, 'purchases'), 'T', 5, priced.length);
    const firstRow = nextRow(ledger, 'purchases');
    const purchases: Purchase[] = priced.map(({ line, service, discount, money }, i) => ({
      row: firstRow + i,
      id: ids[i],
      date: ledger.today,
      customerId: customer.id,
      item: service.id,
      quantity: line.quantity,
      unitPrice: service.price,
      discount: money.discount,
      amount: money.amount,
      // Paid in money under a Percent off membership: the membership is named, as on the sheet.
      paidWith: line.paidWith || discount.membership,
      note: visit.note,
    }));
    const trial = withRecords(ledger, { purchases });
    const start = ledger.shop.purchases.length;
    const { t } = ledger;
    purchases.forEach((purchase, i) => {
      const paidFrom = trial.model.ledger.paidFrom[start + i];
      if (paidFrom === REFUSED) throw new Refusing(packageRefusal(trial, purchase, i), customerCardOf(ledger, customerAt));
      // A session pack is used a whole session at a time ("9.5 sessions left" helps nobody).
      if (trial.model.ledger.accounts[paidFrom]?.kind === 'Session pack' && !Number.isInteger(purchase.quantity)) {
        throw new Refusing({ reason: 'invalid', message: t('counter.refuse.invalid', { problem: t('counter.check.wholeNumber') }), field: `lines.${i}.quantity` }, customerCardOf(ledger, customerAt));
      }
    });
    appendRecords(ledger, 'purchases', purchases.map(purchaseRecord));
    const lines = [t('counter.receipt.visit', { name: customerName(customer), customer: customer.id, date: { day: ledger.today } })];
    purchases.forEach((p, i) => {
      lines.push(t('counter.receipt.visitLine', { purchase: p.id, item: priced[i].service.name, quantity: numberText(ledger, p.quantity), amount: moneyText(ledger, p.amount) }));
      const left = balanceAfter(trial, start + i);
      if (left) lines.push(left);
    });
    const total = purchases.reduce((sum, p) => sum.plus(String(p.amount)), new Dec(0));
    lines.push(t('counter.receipt.total', { amount: moneyText(ledger, total.toNumber()) }));
    return { done: { receipt: { ids, text: lines.join('\n') }, customerId: customer.id }, ledger: trial };
  },
  answer: (ledger, done) => ({ ok: true, receipt: done.receipt, card: customerCardOf(ledger, customerIndex(ledger, done.customerId)) }),
};
