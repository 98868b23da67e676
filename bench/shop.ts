// A synthetic shop of any size, generated deterministically from a seed: the same seed and size
// always give the same book. Shapes follow src/workbook/sample.ts (a salon and spa, Thai,
// Chinese and English customers, value cards and session packs used within their rules), scaled
// so that the 1,000,000-purchase book still fits Google's 10 million cells: sheets carry only
// the columns the engine reads (optional columns are left out, as an owner may).

import { addMonths, dayFromParts, partsFromDay } from '../src/domain/calendar';
import { random } from '../src/workbook/sample';

export { random };

/** 10:00 on 31 March 2026 in Bangkok: the emulator's clock and the shop's "today". */
export const NOW = '2026-03-31T03:00:00Z';
export const TIME_ZONE = 'Asia/Bangkok';
const BANGKOK_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
export const TODAY = Math.floor((Date.parse(NOW) + BANGKOK_MS) / DAY_MS);
/** Two years of trading, up to yesterday. */
const HISTORY_DAYS = 730;

/** The rule the formula workbook reproduces: quarterly, every item, retroactive percent brackets. */
export const COMPARED_RULE = { id: 'R4', thresholds: [0, 3000, 8000], rates: [0, 0.02, 0.05] } as const;

export interface ShopOptions {
  purchases: number;
  seed?: number;
  /** false: every purchase paid in money (the formula comparison's book). Default true. */
  packages?: boolean;
  /** Customers; default one per 20 purchases (at least 20). */
  customers?: number;
  /** Share of purchase rows with a deliberate mistake (unknown customer), default 0.0005. */
  badRows?: number;
}

export type Row = (string | number | boolean | Date)[];

export interface Shop {
  /** English sheet name → rows, header first; values as typed into Sheets (Dates for dates). */
  sheets: Record<string, Row[]>;
  counts: { purchases: number; customers: number; packages: number; redemptions: number; rules: number; badRows: number };
  /** Data cells over all input sheets (rows × columns), computed sheets' headers left out. */
  cells: number;
}

const SERVICES = [
  ['S01', 'Haircut', 'Hair', 350],
  ['S02', 'Hair colour', 'Hair', 1500],
  ['S03', 'Hair treatment', 'Hair', 900],
  ['S04', 'Thai massage 60 min', 'Massage', 400],
  ['S05', 'Oil massage 90 min', 'Massage', 800],
  ['S06', 'Foot massage', 'Massage', 300],
  ['S07', 'Facial', 'Face', 1200],
  ['S08', 'Manicure', 'Nails', 250],
  ['S09', 'Pedicure', 'Nails', 300],
  ['S10', 'Shampoo (bottle)', 'Products', 450],
] as const;

type Service = (typeof SERVICES)[number];

/** id, name, kind, services, value, price, percent, valid months; usable = services a redemption may buy. */
const TYPES = [
  { id: 'D01', name: 'Member C', kind: 'Value card', services: '', value: 4000, price: 3500, percent: '', months: 6, usable: SERVICES },
  { id: 'D02', name: 'Massage 10 sessions', kind: 'Session pack', services: 'Massage', value: 10, price: 3200, percent: '', months: 12, usable: SERVICES.filter((s) => s[2] === 'Massage') },
  { id: 'D03', name: 'Hair treatment 5', kind: 'Session pack', services: 'S03', value: 5, price: 3800, percent: '', months: 6, usable: SERVICES.filter((s) => s[0] === 'S03') },
  { id: 'D04', name: 'Gold card', kind: 'Value card', services: '', value: 10000, price: 8500, percent: '', months: 12, usable: SERVICES },
  { id: 'D05', name: '10% off for a year', kind: 'Percent off', services: '', value: '', price: 1000, percent: 10, months: 12, usable: [] as Service[] },
] as const;

const FIRST = ['สมชาย', 'สมหญิง', 'อนันต์', 'มาลี', 'ปิยะ', 'กัญญา', 'วิชัย', 'นภา', 'ธนพล', 'อรุณี', '芳', '伟', '敏', '洋', '静', '强', '丽', '军', 'Emma', 'James', 'Olivia', 'Noah', 'Sophie', 'Liam', 'Mia', 'Lucas', 'Ava', 'Somsak', 'Ploy', 'Kenji'];
const LAST = ['ใจดี', 'รักสวย', 'ทองดี', 'ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี', 'บุญมา', 'สายทอง', 'เจริญผล', 'พงษ์ไพร', '王', '李', '张', '刘', '陈', '杨', '赵', '黄', 'Wilson', 'Brown', 'Taylor', 'Davies', 'Martin', 'Evans', 'Chen', 'Tan', 'Nguyen', 'Lee', 'Anderson', 'Sato'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The Date Sheets hands a script for a calendar day in Bangkok (no daylight saving there). */
export function bangkokDate(day: number): Date {
  return new Date(day * DAY_MS - BANGKOK_MS);
}

export const customerId = (i: number) => `C${pad(i + 1, 6)}`;

function phone(rand: () => number, i: number): string {
  const digits = pad(Math.floor(rand() * 1e8), 8);
  switch (i % 4) {
    case 0:
      return `08${digits[0]}-${digits.slice(1, 4)}-${digits.slice(4)}`;
    case 1:
      return `+66 8${digits[0]} ${digits.slice(1, 4)} ${digits.slice(4)}`;
    case 2:
      return `13${digits[0]} ${digits.slice(1, 5)} ${digits.slice(5)}0`;
    default:
      return `09${digits}`;
  }
}

/** Customers sheet rows (header first); also what the search benchmark indexes. */
export function customerRows(count: number, seed = 1): Row[] {
  const rand = random(seed ^ 0x5eed);
  const rows: Row[] = [['Customer ID', 'First name', 'Last name', 'Phone', 'Tier', 'Joined']];
  for (let i = 0; i < count; i++) {
    const f = Math.floor(rand() * FIRST.length);
    // Names keep their script: a Thai first name goes with a Thai last name, and so on.
    const group = f < 10 ? 0 : f < 18 ? 10 : 18;
    const size = group === 0 ? 10 : group === 10 ? 8 : 12;
    const last = LAST[group + Math.floor(rand() * size)];
    const tier = i % 997 === 5 ? 'VIP' : '';
    rows.push([customerId(i), FIRST[f], last, phone(rand, i), tier, bangkokDate(TODAY - HISTORY_DAYS - 30 - Math.floor(rand() * 365))]);
  }
  return rows;
}

export function syntheticShop(options: ShopOptions): Shop {
  const seed = options.seed ?? 20_260_331;
  const total = options.purchases;
  const withPackages = options.packages ?? true;
  const customerCount = options.customers ?? Math.max(20, Math.round(total / 20));
  const badShare = options.badRows ?? 0.0005;
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  // Some regulars buy much more than others, so brackets and tiers have something to do.
  const someone = () => Math.floor(Math.pow(rand(), 1.6) * customerCount);
  const firstDay = TODAY - HISTORY_DAYS;
  const anyDay = () => firstDay + Math.floor(rand() * HISTORY_DAYS);

  const customers = customerRows(customerCount, seed);

  // Packages: sold until redemptions reach about 8 % of the purchase rows (about one package per
  // 67 purchases; at most one per 25); redemptions valid by construction (allowed item, within
  // dates, never beyond the balance).
  const packages: Row[] = [['Package ID', 'Sold on', 'Customer ID', 'Type ID', 'Price paid', 'Value', 'Expires']];
  type Line = [day: number, customer: string, item: string, quantity: number, amount: number, paidWith: string];
  const lines: Line[] = [];
  let redemptions = 0;
  if (withPackages) {
    const packageCount = Math.max(5, Math.round(total / 25));
    const redemptionBudget = Math.round(total * 0.08);
    for (let p = 0; p < packageCount && redemptions < redemptionBudget; p++) {
      const type = TYPES[p % TYPES.length];
      const soldOn = anyDay();
      const expires = addMonths(soldOn, type.months);
      const owner = customerId(someone());
      const id = `P${pad(p + 1, 6)}`;
      packages.push([id, bangkokDate(soldOn), owner, type.id, type.price, type.value, bangkokDate(expires)]);
      if (type.usable.length === 0) continue;
      let left = type.value as number;
      const lastDay = Math.min(expires, TODAY - 1);
      for (let visit = 0; visit < 8 && lastDay > soldOn && redemptions < redemptionBudget; visit++) {
        const service = pick(type.usable);
        const cost = type.kind === 'Value card' ? service[3] : 1;
        if (cost > left) break;
        left -= cost;
        lines.push([soldOn + 1 + Math.floor(rand() * (lastDay - soldOn)), owner, service[0], 1, service[3], id]);
        redemptions++;
      }
    }
  }

  let badRows = 0;
  while (lines.length < total) {
    const service = pick(SERVICES);
    const product = service[2] === 'Products';
    const quantity = product ? 1 + Math.floor(rand() * 2) : 1;
    const gross = service[3] * quantity;
    // 15 % of lines carry a discount (some to the half baht), 0.5 % are returns.
    const amount = rand() < 0.15 ? gross - Math.round(gross * 0.15 * 2) / 2 : gross;
    let customer = customerId(someone());
    if (rand() < badShare) {
      customer = `X${pad(badRows, 6)}`; // a customer nobody entered: Check data reports it
      badRows++;
    }
    if (product && rand() < 0.03) lines.push([anyDay(), customer, service[0], -quantity, -amount, '']);
    else lines.push([anyDay(), customer, service[0], quantity, amount, '']);
  }
  lines.sort((a, b) => a[0] - b[0]);
  const purchases: Row[] = [['Date', 'Customer ID', 'Item', 'Quantity', 'Amount', 'Paid with']];
  for (const [day, customer, item, quantity, amount, paidWith] of lines) purchases.push([bangkokDate(day), customer, item, quantity, amount, paidWith]);

  const start = bangkokDate(dayFromParts(partsFromDay(firstDay).year, 1, 1));
  const rule = (id: string, name: string, appliesTo: string, items: string, period: string, basis: string, brackets: string, method: string, minSpend: number | '', cap: number | '', payAfter: number): Row =>
    [id, name, appliesTo, items, period, basis, brackets, method, minSpend, cap, payAfter, start, '', true];
  const [t0, t1, t2] = COMPARED_RULE.thresholds;
  const [r0, r1, r2] = COMPARED_RULE.rates.map((r) => `${r * 100}%`);
  const rules: Row[] = [
    ['Rule ID', 'Name', 'Applies to', 'Items', 'Period', 'Basis', 'Brackets', 'Method', 'Min spend', 'Cap', 'Pay after days', 'Start', 'End', 'Active'],
    rule('R1', 'Yearly spend rebate', 'All', '', 'Year', 'Amount', '0:0%; 10000:2%; 30000:4%', 'Retroactive', '', 5000, 30),
    rule('R2', 'Quarterly massage rebate', 'All', 'Massage', 'Quarter', 'Amount', '0:0%; 2000:3%; 5000:5%', 'Incremental', 1000, '', 15),
    rule('R3', 'Nail visits bonus', 'All', 'Nails', 'Month', 'Quantity', '0:0; 2:20/unit; 4:30/unit', 'Retroactive', '', 300, 7),
    rule(COMPARED_RULE.id, 'Quarterly spend rebate', 'All', '', 'Quarter', 'Amount', `${t0}:${r0}; ${t1}:${r1}; ${t2}:${r2}`, 'Retroactive', '', '', 15),
    rule('R5', 'VIP yearly thank-you', 'VIP', '', 'Year', 'Amount', '0:1%', 'Retroactive', '', 2000, 30),
  ];

  const sheets: Record<string, Row[]> = {
    Settings: [['Setting', 'Value'], ['Currency', 'THB'], ['Rounding', 'Half up'], ['Tier window months', 12], ['Package spend counted at', 'Redemption'], ['Language', 'en']],
    Customers: customers,
    Services: [['Service ID', 'Name', 'Category', 'Price', 'Active'], ...SERVICES.map(([id, name, category, price]) => [id, name, category, price, true])],
    'Discount Types': [
      ['Type ID', 'Name', 'Kind', 'Services', 'Value', 'Price', 'Percent', 'Valid months', 'Active'],
      ...TYPES.map((t) => [t.id, t.name, t.kind, t.services, t.value, t.price, t.percent, t.months, true]),
    ],
    Packages: packages,
    Purchases: purchases,
    Tiers: [['Tier', 'Min spend', 'Discount %'], ['Normal', 0, 0], ['VIP', 20000, 5], ['Super VIP', 60000, 10]],
    'Rebate Rules': rules,
  };
  // The computed sheets as Set up workbook leaves them: headers only, filled by the actions.
  const computed: Record<string, Row[]> = {
    Rebates: [['Rebate ID', 'Rule ID', 'Customer ID', 'Customer', 'Period start', 'Period end', 'Basis', 'Bracket', 'Rebate', 'Due on', 'Status', 'Paid on', 'Reference', 'Explanation']],
    History: [['Customer ID', 'Customer', 'Date', 'Event', 'Item', 'Quantity', 'Amount', 'Package ID', 'Package balance', 'Reference']],
    Problems: [['Sheet', 'Row', 'Column', 'Value', 'Problem']],
  };
  let cells = 0;
  for (const rows of Object.values(sheets)) cells += rows.length * rows[0].length;
  return {
    sheets: { ...sheets, ...computed },
    counts: { purchases: lines.length, customers: customerCount, packages: packages.length - 1, redemptions, rules: rules.length - 1, badRows },
    cells,
  };
}
