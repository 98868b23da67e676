import type { Lang, MessageKey } from '../i18n';
import { addMonths, dayFromParts, partsFromDay } from '../domain/calendar';
import type { Day } from '../domain/types';
import type { CellOut } from './cellsOut';
import type { SheetKey } from './sheets';

/**
 * A small, believable shop for trying the add-on: a salon and spa with Thai, Chinese and
 * English customers, a year of visits, packages sold and used. Generated from a fixed seed and
 * today's date, so the same day always gives the same shop, and every package redemption in it
 * is valid (allowed item, within dates, never over the balance).
 */

export type SampleRecord = Record<string, CellOut>;
export type SampleShop = Partial<Record<SheetKey, SampleRecord[]>>;

type Words = Record<Lang, string>;

const SERVICES: ReadonlyArray<{ id: string; name: Words; category: Words; price: number }> = [
  { id: 'S01', name: { en: 'Haircut', th: 'ตัดผม', zh: '剪发' }, category: { en: 'Hair', th: 'ผม', zh: '美发' }, price: 350 },
  { id: 'S02', name: { en: 'Hair colour', th: 'ทำสีผม', zh: '染发' }, category: { en: 'Hair', th: 'ผม', zh: '美发' }, price: 1500 },
  { id: 'S03', name: { en: 'Hair treatment', th: 'ทรีตเมนต์ผม', zh: '头发护理' }, category: { en: 'Hair', th: 'ผม', zh: '美发' }, price: 900 },
  { id: 'S04', name: { en: 'Thai massage 60 min', th: 'นวดไทย 60 นาที', zh: '泰式按摩 60 分钟' }, category: { en: 'Massage', th: 'นวด', zh: '按摩' }, price: 400 },
  { id: 'S05', name: { en: 'Oil massage 90 min', th: 'นวดน้ำมัน 90 นาที', zh: '精油按摩 90 分钟' }, category: { en: 'Massage', th: 'นวด', zh: '按摩' }, price: 800 },
  { id: 'S06', name: { en: 'Foot massage', th: 'นวดเท้า', zh: '足部按摩' }, category: { en: 'Massage', th: 'นวด', zh: '按摩' }, price: 300 },
  { id: 'S07', name: { en: 'Facial', th: 'ทำหน้า', zh: '面部护理' }, category: { en: 'Face', th: 'ใบหน้า', zh: '面部' }, price: 1200 },
  { id: 'S08', name: { en: 'Manicure', th: 'ทำเล็บมือ', zh: '美甲' }, category: { en: 'Nails', th: 'เล็บ', zh: '美甲' }, price: 250 },
  { id: 'S09', name: { en: 'Pedicure', th: 'ทำเล็บเท้า', zh: '修脚' }, category: { en: 'Nails', th: 'เล็บ', zh: '美甲' }, price: 300 },
  { id: 'S10', name: { en: 'Shampoo (bottle)', th: 'แชมพู (ขวด)', zh: '洗发水（瓶）' }, category: { en: 'Products', th: 'สินค้า', zh: '产品' }, price: 450 },
];

interface TypeSample {
  id: string;
  name: Words;
  kind: MessageKey;
  /** Service IDs or one category (by its English word, shown in the book's language). */
  services: string[] | { category: 'Hair' | 'Massage' };
  value: number | null;
  price: number;
  percent: number | null;
  validMonths: number;
}

const DISCOUNT_TYPES: readonly TypeSample[] = [
  { id: 'D01', name: { en: 'Member C', th: 'สมาชิก C', zh: '会员 C' }, kind: 'kind.valueCard', services: [], value: 4000, price: 3500, percent: null, validMonths: 6 },
  { id: 'D02', name: { en: 'Massage 10 sessions', th: 'นวด 10 ครั้ง', zh: '按摩 10 次卡' }, kind: 'kind.sessionPack', services: { category: 'Massage' }, value: 10, price: 3200, percent: null, validMonths: 12 },
  { id: 'D03', name: { en: 'Hair treatment 5', th: 'ทรีตเมนต์ผม 5 ครั้ง', zh: '头发护理 5 次卡' }, kind: 'kind.sessionPack', services: ['S03'], value: 5, price: 3800, percent: null, validMonths: 6 },
  { id: 'D04', name: { en: 'Gold card', th: 'บัตรทอง', zh: '金卡' }, kind: 'kind.valueCard', services: [], value: 10000, price: 8500, percent: null, validMonths: 12 },
  { id: 'D05', name: { en: '10% off for a year', th: 'ลด 10% หนึ่งปี', zh: '全年九折' }, kind: 'kind.percentOff', services: [], value: null, price: 1000, percent: 0.1, validMonths: 12 },
];

const CUSTOMERS: ReadonlyArray<[first: string, last: string, phone: string]> = [
  ['สมชาย', 'ใจดี', '081-234-5678'],
  ['สมหญิง', 'รักสวย', '089 765 4321'],
  ['อนันต์', 'ทองดี', '+66 86 111 2233'],
  ['มาลี', 'ศรีสุข', '082-555-0101'],
  ['ปิยะ', 'วงศ์ใหญ่', '061-222-3344'],
  ['กัญญา', 'แก้วมณี', '095-888-1200'],
  ['วิชัย', 'บุญมา', '084-321-9876'],
  ['นภา', 'สายทอง', '+66 (0) 92 456 7788'],
  ['ธนพล', 'เจริญผล', '063-777-4545'],
  ['อรุณี', 'พงษ์ไพร', '087-010-2020'],
  ['芳', '王', '138 0013 8000'],
  ['伟', '李', '+86 139 1234 5678'],
  ['敏', '张', '136-5555-0199'],
  ['洋', '刘', '158 2000 3001'],
  ['静', '陈', '186 7000 1234'],
  ['强', '杨', '+86 137 8888 0000'],
  ['丽', '赵', '150 6666 2468'],
  ['军', '黄', '189 2345 6789'],
  ['Emma', 'Wilson', '+44 7700 900123'],
  ['James', 'Brown', '080-111-2222'],
  ['Olivia', 'Taylor', '081-333-4444'],
  ['Noah', 'Davies', '+1 (415) 555-0132'],
  ['Sophie', 'Martin', '089-000-1111'],
  ['Liam', 'Evans', '062-444-5555'],
  ['Mia', 'Chen', '+65 9123 4567'],
  ['Lucas', 'Tan', '+60 12-345 6789'],
  ['Ava', 'Nguyen', '+84 90 123 4567'],
  ['Somsak', 'Lee', '083-999-0000'],
  ['Ploy', 'Anderson', '064-123-4567'],
  ['Kenji', 'Sato', '+81 90-1234-5678'],
];

/** A tiny deterministic generator (mulberry32): the same seed gives the same shop. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface SoldPackage {
  id: string;
  customer: number;
  type: TypeSample;
  soldOn: Day;
  expires: Day;
  left: number;
}

export function sampleShop(today: Day, lang: Lang, seed = 20_240_601): SampleShop {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const customerId = (i: number) => `C${pad(i + 1, 4)}`;
  // A few regulars buy most: the shop needs some VIPs for tiers and brackets to show.
  const regular = () => Math.floor(Math.pow(rand(), 2.2) * CUSTOMERS.length);

  const customers: SampleRecord[] = CUSTOMERS.map(([firstName, lastName, phone], i) => ({
    id: customerId(i),
    firstName,
    lastName,
    phone,
    email: i % 3 === 0 ? `customer${i + 1}@example.com` : '',
    tier: i === 25 ? { key: 'tier.vip' } : '',
    // Everyone joined before the year of visits below, so no one buys before joining.
    joined: { day: today - 700 + i * 11 },
    notes: '',
  }));

  const services: SampleRecord[] = SERVICES.map((s) => ({
    id: s.id,
    name: s.name[lang],
    category: s.category[lang],
    price: s.price,
    active: true,
  }));

  const categoryWord = (english: string) => SERVICES.find((s) => s.category.en === english)!.category[lang];
  const discountTypes: SampleRecord[] = DISCOUNT_TYPES.map((d) => ({
    id: d.id,
    name: d.name[lang],
    kind: { key: d.kind },
    services: Array.isArray(d.services) ? d.services.join(', ') : categoryWord(d.services.category),
    value: d.value,
    price: d.price,
    percent: d.percent,
    validMonths: d.validMonths,
    active: true,
  }));

  const allowed = (type: TypeSample, serviceId: string) => {
    if (Array.isArray(type.services)) return type.services.length === 0 || type.services.includes(serviceId);
    const category = type.services.category;
    return SERVICES.find((s) => s.id === serviceId)?.category.en === category;
  };

  // Packages: sold over the year, some already expired, one voided.
  const sold: SoldPackage[] = [];
  const packages: SampleRecord[] = [];
  const saleDays = [330, 300, 260, 220, 190, 150, 120, 90, 60, 45, 20, 8];
  saleDays.forEach((daysAgo, i) => {
    const type = DISCOUNT_TYPES[i % DISCOUNT_TYPES.length];
    const soldOn = today - daysAgo;
    const pkg: SoldPackage = {
      id: `P${pad(i + 1, 4)}`,
      customer: regular(),
      type,
      soldOn,
      expires: addMonths(soldOn, type.validMonths),
      left: type.value ?? 0,
    };
    const voided = i === 6;
    packages.push({
      id: pkg.id,
      soldOn: { day: soldOn },
      customerId: customerId(pkg.customer),
      typeId: type.id,
      pricePaid: type.price,
      value: type.value,
      expires: { day: pkg.expires },
      status: voided ? { key: 'packageStatus.void' } : null,
      note: '',
    });
    if (!voided) sold.push(pkg);
  });

  const purchases: SampleRecord[] = [];
  const lines: Array<{ date: Day; customer: number; record: SampleRecord }> = [];
  const addLine = (date: Day, customer: number, service: (typeof SERVICES)[number], quantity: number, paidWith: string, amount: number, discount: number) => {
    lines.push({
      date,
      customer,
      record: {
        id: '',
        date: { day: date },
        customerId: customerId(customer),
        item: service.id,
        quantity,
        unitPrice: service.price,
        discount,
        amount,
        paidWith,
        note: '',
      },
    });
  };

  for (let n = 0; n < 280; n++) {
    const date = today - 1 - Math.floor(rand() * 364);
    const customer = regular();
    const service = pick(SERVICES);
    const quantity = service.category.en === 'Products' ? 1 + Math.floor(rand() * 2) : 1;
    const discount = rand() < 0.15 ? Math.round(service.price * quantity * 0.1) : 0;
    addLine(date, customer, service, quantity, '', service.price * quantity - discount, discount);
  }
  // Returns: a few bottles brought back, each by the customer who bought it, within two weeks.
  const bottles = lines.filter((line) => line.record.item === SERVICES[9].id && line.record.discount === 0 && line.date < today - 15);
  for (let n = 0; n < 4 && bottles.length > 0; n++) {
    const sale = bottles.splice(Math.floor(rand() * bottles.length), 1)[0];
    addLine(sale.date + 1 + Math.floor(rand() * 14), sale.customer, SERVICES[9], -1, '', -SERVICES[9].price, 0);
  }
  // Redemptions: each package is used for allowed items within its dates, never beyond its balance.
  for (const pkg of sold) {
    if (pkg.type.kind === 'kind.percentOff') continue;
    const usable = SERVICES.filter((s) => allowed(pkg.type, s.id));
    const lastDay = Math.min(pkg.expires, today - 1);
    for (let visit = 0; visit < 8 && lastDay > pkg.soldOn; visit++) {
      const date = pkg.soldOn + 1 + Math.floor(rand() * (lastDay - pkg.soldOn));
      const service = pick(usable);
      const cost = pkg.type.kind === 'kind.valueCard' ? service.price : 1;
      if (cost > pkg.left) break;
      pkg.left -= cost;
      addLine(date, pkg.customer, service, 1, pkg.id, service.price, 0);
    }
  }
  lines.sort((a, b) => a.date - b.date);
  lines.forEach((line, i) => {
    line.record.id = `T${pad(i + 1, 5)}`;
    purchases.push(line.record);
  });

  const yearStart = dayFromParts(partsFromDay(today).year - 1, 1, 1);
  const rebateRules: SampleRecord[] = [
    {
      id: 'R1', name: { en: 'Yearly spend rebate', th: 'เงินคืนตามยอดซื้อรายปี', zh: '年度消费返利' }[lang],
      appliesTo: { key: 'appliesTo.all' }, items: '', period: { key: 'period.year' }, basis: { key: 'basis.amount' },
      brackets: '0:0%; 10000:2%; 30000:4%', method: { key: 'method.retroactive' }, minSpend: null, cap: 5000,
      payAfterDays: 30, start: { day: yearStart }, end: null, active: true,
    },
    {
      id: 'R2', name: { en: 'Quarterly massage rebate', th: 'เงินคืนนวดรายไตรมาส', zh: '按摩季度返利' }[lang],
      appliesTo: { key: 'appliesTo.all' }, items: categoryWord('Massage'), period: { key: 'period.quarter' }, basis: { key: 'basis.amount' },
      brackets: '0:0%; 2000:3%; 5000:5%', method: { key: 'method.incremental' }, minSpend: 1000, cap: null,
      payAfterDays: 15, start: { day: yearStart }, end: null, active: true,
    },
    {
      id: 'R3', name: { en: 'Nail visits bonus', th: 'โบนัสทำเล็บ', zh: '美甲次数奖励' }[lang],
      appliesTo: { key: 'appliesTo.all' }, items: categoryWord('Nails'), period: { key: 'period.month' }, basis: { key: 'basis.quantity' },
      brackets: { en: '0:0; 2:20/unit; 4:30/unit', th: '0:0; 2:20/หน่วย; 4:30/หน่วย', zh: '0:0; 2:20/单位; 4:30/单位' }[lang], method: { key: 'method.retroactive' }, minSpend: null, cap: 300,
      payAfterDays: 7, start: { day: yearStart }, end: null, active: true,
    },
  ];

  return { customers, services, discountTypes, packages, purchases, rebateRules };
}
