import type { StatementKey } from './statement.en';

/** The customer statement in Simplified Chinese. */
export const statementZh: Record<StatementKey, string> = {
  'menu.customerStatement': '客户对账单',

  'statement.sheetName': '对账单 {id}',
  'statement.title': '客户对账单',
  'statement.periodRange': '{from} 至 {to}',
  'statement.madeOn': '制表日期',

  'statement.tierNow': '当前等级',
  'statement.tierWithDiscount': '{tier}（{percent}% 折扣）',
  'statement.noTier': '暂无等级',
  'statement.windowSpend': '最近 {months} 个月消费',
  'statement.toNextTier': '再消费即可升至{tier}',
  'statement.topTier': '已是最高等级。',
  'statement.tierByHand': '此等级由店家设定。',

  'statement.purchases': '本期消费',
  'statement.noPurchases': '本期没有消费。',
  'statement.paidMoney': '现金',
  'statement.total': '合计',
  'statement.fromPackages': '其中由套餐支付',

  'statement.noPackages': '本期没有套餐。',
  'statement.type': '套餐',
  'statement.typeWithStatus': '{type}（{status}）',
  'statement.used': '已用',
  'statement.expired': '已过期',
  'statement.balance': '余额',
  'statement.packagesNote': '储值卡以金额计，次卡以次数计，截至 {date}。',

  'statement.noRebates': '本期没有返利。',
  'statement.rule': '返利方案',
  'statement.earned': '本期获得',
  'statement.approved': '已批准，待支付',
  'statement.paid': '本期已支付',

  'statement.ready': '对账单在工作表“{sheet}”中。发送方法：文件 › 下载 › PDF。',
  'statement.notCustomers': '请先在{customers}工作表中选择客户所在的行；“{sheet}”不是该工作表。',
  'statement.noCustomerOnRow': '第 {row} 行没有客户编号：请在{customers}工作表中选择客户所在的行。',
  'statement.unknownCustomer': '没有客户“{id}”。',
  'statement.badDate': '日期请按“年-月-日”填写，例如 2026-03-31。',
  'statement.badPeriod': '期间开始于 {from}，晚于结束日期 {to}。',
  'statement.badRequest': '无法生成对账单：{problem}',
  'statement.badField': '“{field}”的值无法使用。',
};
