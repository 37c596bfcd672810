// The command of the core that produces a given event. Used to put logs that were produced by the
// core elsewhere (the demo generator) through the service step by step: each event is re-made
// by its command inside a transaction, and must come out identical.

import {
  type ApplicationEvent,
  assessReasons,
  deliver,
  endConsultation,
  extend,
  issueFeeNotice,
  lapseFee,
  lapseSupplement,
  payFee,
  receiveSupplement,
  reduceFee,
  reply,
  requestReasons,
  requestSupplement,
  startConsultation,
  waiveFee,
  withdraw,
} from '../cases/index.ts';
import type { BoundCommand } from './application.service.ts';

export function commandFor(e: ApplicationEvent): BoundCommand {
  const step = { at: e.at, actor: e.actor };
  const note = (text: string | undefined) => (text === undefined ? {} : { note: text });
  switch (e.type) {
    case 'received':
      throw new Error('a received event is replayed by register(), not by a command on a log');
    case 'supplementRequested':
      return (log, ctx) => requestSupplement(log, { ...step, items: e.items, dueDate: e.dueDate }, ctx);
    case 'supplementReceived':
      return (log, ctx) =>
        receiveSupplement(
          log,
          { ...step, ...(e.lateReason === undefined ? {} : { lateReason: e.lateReason }) },
          ctx,
        );
    case 'supplementLapsed':
      return (log, ctx) => lapseSupplement(log, step, ctx);
    case 'consultationStarted':
      return (log, ctx) =>
        startConsultation(log, { ...step, consultation: e.consultation, kind: e.kind, party: e.party }, ctx);
    case 'consultationEnded':
      return (log, ctx) =>
        endConsultation(
          log,
          { ...step, consultation: e.consultation, answer: e.answer, ...note(e.note) },
          ctx,
        );
    case 'extended':
      return (log, ctx) =>
        extend(log, { ...step, days: e.days, approver: e.approver, reason: e.reason }, ctx);
    case 'feeNoticeIssued': {
      const q = e.breakdown.quantity;
      return (log, ctx) =>
        issueFeeNotice(
          log,
          e.basis === 'count'
            ? { ...step, basis: 'count', ordinal: q }
            : { ...step, basis: 'volume', pages: q },
          ctx,
        );
    }
    case 'feeReduced':
      return (log, ctx) => reduceFee(log, { ...step, amountFen: e.amountFen, reason: e.reason }, ctx);
    case 'feeWaived':
      return (log, ctx) => waiveFee(log, { ...step, reason: e.reason }, ctx);
    case 'feePaid':
      return (log, ctx) => payFee(log, { ...step, amountFen: e.amountFen }, ctx);
    case 'feeLapsed':
      return (log, ctx) => lapseFee(log, step, ctx);
    case 'reasonsRequested':
      return (log, ctx) => requestReasons(log, { ...step, grounds: e.grounds, answerDue: e.answerDue }, ctx);
    case 'reasonsAssessed':
      return (log, ctx) =>
        assessReasons(
          log,
          {
            ...step,
            reasonable: e.reasonable,
            note: e.note,
            ...(e.delayedDueDate === undefined ? {} : { delayedDueDate: e.delayedDueDate }),
          },
          ctx,
        );
    case 'replied':
      return (log, ctx) =>
        reply(
          log,
          { ...step, disposition: e.disposition, forms: e.forms, legalBasis: e.legalBasis, ...note(e.note) },
          ctx,
        );
    case 'delivered':
      return (log, ctx) => deliver(log, { ...step, method: e.method, ...note(e.note) }, ctx);
    case 'withdrawn':
      return (log, ctx) => withdraw(log, { ...step, reason: e.reason }, ctx);
  }
}
