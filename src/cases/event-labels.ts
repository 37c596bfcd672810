// The Chinese name of each step of the handling, for the audit trail and the notices.

import type { ApplicationEventType } from './events.ts';

export const EVENT_LABELS: Readonly<Record<ApplicationEventType, string>> = {
  received: '收到申请',
  supplementRequested: '发出补正告知',
  supplementReceived: '收到补正材料',
  supplementLapsed: '逾期未补正',
  consultationStarted: '征求意见',
  consultationEnded: '收到征求意见答复',
  extended: '延期答复',
  feeNoticeIssued: '发出收费通知',
  feeReduced: '减收信息处理费',
  feeWaived: '免收信息处理费',
  feePaid: '缴纳信息处理费',
  feeLapsed: '逾期未缴费',
  reasonsRequested: '要求说明理由',
  reasonsAssessed: '审核申请理由',
  replied: '作出答复',
  delivered: '送达',
  withdrawn: '申请人撤回申请',
};
