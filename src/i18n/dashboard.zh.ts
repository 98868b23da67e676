import type { DashboardKey } from './dashboard.en';

/** The Dashboard in Simplified Chinese, as a shop owner in China would read it. */
export const dashboardZh: Record<DashboardKey, string> = {
  'sheet.dashboard': '经营概览',
  'dashboard.title': 'Loyalty Ledger 经营概览',
  'dashboard.notOurs': '工作表 {sheet} 不是 Loyalty Ledger 创建的，因此保持原样；将其改名后，“计算返利”会另建自己的概览。',
  'dashboard.asOf': '统计日期',

  'dashboard.rebates': '返利',
  'dashboard.thisMonth': '本月',
  'dashboard.thisYear': '本年',
  'dashboard.owed': '待付（已计算）',

  'dashboard.prepaid': '未消费的预付余额',
  'dashboard.atFaceValue': '按面值',
  'dashboard.atPricePaid': '按实付金额',
  'dashboard.expiring': '{days} 天内到期',
  'dashboard.valueCards': '储值卡',
  'dashboard.sessionPacks': '次卡（次数）',

  'dashboard.tiers': '各等级客户',
  'dashboard.customers': '客户数',
  'dashboard.spend': '近 {months} 个月消费',
  'dashboard.closeCount': '接近升级',
  'dashboard.noTier': '无等级',

  'dashboard.close': '距下一等级不到 {percent}%',
  'dashboard.nextTier': '下一等级',
  'dashboard.toGo': '还需消费',
  'dashboard.top': '消费最多的客户',
  'dashboard.tier': '等级',
  'dashboard.none': '暂无',

  'dashboard.packageUse': '套餐使用情况',
  'dashboard.sold': '售出数量',
  'dashboard.soldFor': '销售额',
  'dashboard.used': '已使用（按实付）',
  'dashboard.expired': '已过期（按实付）',

  'dashboard.rebatesPerMonth': '每月返利',
  'dashboard.month': '月份',
  'dashboard.spendPerTier': '各等级消费额',
  'dashboard.liability': '月末预付余额',
  'dashboard.valueCardsFace': '储值卡面值',
};
