// What the narrative of a yearly report needs beyond the three tables, as the store computes it
// from the agency's records. The counts of applications are not repeated here: the narrative
// states them from table 3 itself, so that text and table cannot disagree.

/** 信息处理费 of one year (国办函〔2020〕109号), from the fee events of applications. Amounts in 分. */
export interface FeeFacts {
  /** 收费通知 issued in the year. */
  notices: number;
  /** Sum of the fees paid in the year, integer 分. */
  collectedFen: number;
  /** Applications whose fee was paid in the year. */
  paid: number;
  /** Fees reduced (减收) in the year. */
  reduced: number;
  /** Fees waived (免收) in the year. */
  waived: number;
}

/** Proactive disclosure (主动公开) figures, only when the agency records them. */
export interface ProactiveFacts {
  /** Items published in the year. */
  published: number;
  /** Items by channel (政府网站, 政务新媒体 …), in the order to print. */
  channels?: readonly { channel: string; count: number }[];
}

export interface ReportFacts {
  fees: FeeFacts;
  /** Absent: nothing recorded, and the draft says nothing rather than invent figures. */
  proactive?: ProactiveFacts;
}

export const NO_FEES: FeeFacts = Object.freeze({
  notices: 0,
  collectedFen: 0,
  paid: 0,
  reduced: 0,
  waived: 0,
});
