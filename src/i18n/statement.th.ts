import type { StatementKey } from './statement.en';

/** The customer statement in Thai. */
export const statementTh: Record<StatementKey, string> = {
  'menu.customerStatement': 'ใบแจ้งยอดลูกค้า',

  'statement.sheetName': 'ใบแจ้งยอด {id}',
  'statement.title': 'ใบแจ้งยอดลูกค้า',
  'statement.periodRange': '{from} ถึง {to}',
  'statement.madeOn': 'วันที่ออก',

  'statement.tierNow': 'ระดับวันนี้',
  'statement.tierWithDiscount': '{tier} (ลด {percent}%)',
  'statement.noTier': 'ยังไม่มีระดับ',
  'statement.windowSpend': 'ยอดใช้จ่าย {months} เดือนล่าสุด',
  'statement.toNextTier': 'ใช้จ่ายอีกเท่านี้เพื่อเป็น {tier}',
  'statement.topTier': 'เป็นระดับสูงสุดแล้ว',
  'statement.tierByHand': 'ร้านกำหนดระดับนี้ให้',

  'statement.purchases': 'รายการซื้อในช่วงเวลานี้',
  'statement.noPurchases': 'ไม่มีรายการซื้อในช่วงเวลานี้',
  'statement.paidMoney': 'เงินสด/โอน',
  'statement.total': 'รวม',
  'statement.fromPackages': 'ในจำนวนนี้ตัดจากแพ็กเกจ',

  'statement.noPackages': 'ไม่มีแพ็กเกจในช่วงเวลานี้',
  'statement.type': 'แพ็กเกจ',
  'statement.typeWithStatus': '{type} ({status})',
  'statement.used': 'ใช้ไป',
  'statement.expired': 'หมดอายุ',
  'statement.balance': 'คงเหลือ',
  'statement.packagesNote': 'บัตรเติมเงินแสดงเป็นเงิน แพ็กเกจครั้งแสดงเป็นจำนวนครั้ง ณ วันที่ {date}',

  'statement.noRebates': 'ไม่มีเงินคืนในช่วงเวลานี้',
  'statement.rule': 'โปรแกรมเงินคืน',
  'statement.earned': 'ได้รับในช่วงเวลานี้',
  'statement.approved': 'อนุมัติแล้ว รอจ่าย',
  'statement.paid': 'จ่ายแล้วในช่วงเวลานี้',

  'statement.ready': 'ใบแจ้งยอดอยู่ในชีต "{sheet}" ส่งเป็น PDF ได้ที่ ไฟล์ › ดาวน์โหลด › PDF',
  'statement.notCustomers': 'โปรดเลือกแถวของลูกค้าในชีต {customers} ก่อน ชีต "{sheet}" ไม่ใช่ชีตนั้น',
  'statement.noCustomerOnRow': 'แถว {row} ไม่มีรหัสลูกค้า โปรดเลือกแถวของลูกค้าในชีต {customers}',
  'statement.unknownCustomer': 'ไม่พบลูกค้า "{id}"',
  'statement.badDate': 'ใส่วันที่แบบ ปปปป-ดด-วว เช่น 2026-03-31',
  'statement.badPeriod': 'ช่วงเวลาเริ่ม {from} ซึ่งอยู่หลังวันสิ้นสุด {to}',
  'statement.badRequest': 'ออกใบแจ้งยอดไม่ได้: {problem}',
  'statement.badField': 'ใช้ค่าของ "{field}" ไม่ได้',
};
