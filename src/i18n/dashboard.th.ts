import type { DashboardKey } from './dashboard.en';

/** The Dashboard in Thai, as a Thai shop owner would read it. */
export const dashboardTh: Record<DashboardKey, string> = {
  'sheet.dashboard': 'แดชบอร์ด',
  'dashboard.title': 'ภาพรวมร้าน Loyalty Ledger',
  'dashboard.notOurs': 'ชีต {sheet} ไม่ได้สร้างโดย Loyalty Ledger จึงไม่ได้แตะต้อง หากเปลี่ยนชื่อชีตนี้ คำสั่งคำนวณเงินคืนจะสร้างแดชบอร์ดของตัวเองให้',
  'dashboard.asOf': 'ข้อมูล ณ วันที่',

  'dashboard.rebates': 'เงินคืน',
  'dashboard.thisMonth': 'เดือนนี้',
  'dashboard.thisYear': 'ปีนี้',
  'dashboard.owed': 'ค้างจ่าย (คำนวณแล้ว)',

  'dashboard.prepaid': 'ยอดแพ็กเกจเติมเงินคงค้าง',
  'dashboard.atFaceValue': 'ตามมูลค่าหน้าบัตร',
  'dashboard.atPricePaid': 'ตามราคาที่ลูกค้าจ่าย',
  'dashboard.expiring': 'หมดอายุภายใน {days} วัน',
  'dashboard.valueCards': 'บัตรเงินสด',
  'dashboard.sessionPacks': 'แพ็กเกจรายครั้ง (จำนวนครั้ง)',

  'dashboard.tiers': 'จำนวนลูกค้าแต่ละระดับ',
  'dashboard.customers': 'ลูกค้า',
  'dashboard.spend': 'ยอดใช้จ่าย {months} เดือนล่าสุด',
  'dashboard.closeCount': 'ใกล้ขึ้นระดับถัดไป',
  'dashboard.noTier': 'ยังไม่มีระดับ',

  'dashboard.close': 'ขาดอีกไม่เกิน {percent}% จะขึ้นระดับถัดไป',
  'dashboard.nextTier': 'ระดับถัดไป',
  'dashboard.toGo': 'ต้องใช้จ่ายอีก',
  'dashboard.top': 'ลูกค้าที่ใช้จ่ายสูงสุด',
  'dashboard.tier': 'ระดับ',
  'dashboard.none': 'ยังไม่มี',

  'dashboard.packageUse': 'การใช้แพ็กเกจ',
  'dashboard.sold': 'ขายได้',
  'dashboard.soldFor': 'ยอดขาย',
  'dashboard.used': 'ใช้ไปแล้ว (ตามราคาที่จ่าย)',
  'dashboard.expired': 'หมดอายุ (ตามราคาที่จ่าย)',

  'dashboard.rebatesPerMonth': 'เงินคืนรายเดือน',
  'dashboard.month': 'เดือน',
  'dashboard.spendPerTier': 'ยอดใช้จ่ายตามระดับลูกค้า',
  'dashboard.liability': 'ยอดแพ็กเกจคงค้าง ณ สิ้นเดือน',
  'dashboard.valueCardsFace': 'บัตรเงินสดตามมูลค่าหน้าบัตร',
};
