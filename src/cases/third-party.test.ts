// The reply after a third party was consulted (《政府信息公开条例》第十五条、第三十二条).

import { describe, expect, it } from 'vitest';
import { endConsultation, startConsultation } from './consultation.commands.ts';
import type { ConsultationAnswer } from './events.ts';
import { consultationId } from './ids.ts';
import { reply } from './reply.commands.ts';
import { applicationState } from './state.ts';
import { andThen, clerk, ctx, received } from './test-kit.ts';

/** Received Mon 2025-06-09; each third party consulted on 6.10 and answering on 6.20. */
function consulted(...answers: ConsultationAnswer[]) {
  let log = received('2025-06-09');
  answers.forEach((_, i) => {
    const consultation = consultationId(`c${i + 1}`);
    log = andThen(log, (l) =>
      startConsultation(
        l,
        { at: '2025-06-10', actor: clerk, consultation, kind: 'thirdParty', party: `第三方${i + 1}` },
        ctx,
      ),
    );
  });
  answers.forEach((answer, i) => {
    const at = answer === 'noAnswer' ? '2025-07-02' : '2025-06-20';
    const note = answer === 'objection' ? { note: '涉及商业秘密' } : {};
    log = andThen(log, (l) =>
      endConsultation(
        l,
        { at, actor: clerk, consultation: consultationId(`c${i + 1}`), answer, ...note },
        ctx,
      ),
    );
  });
  return log;
}

const replied = (disposition: string, note?: string) => ({
  at: '2025-07-03',
  actor: clerk,
  disposition,
  forms: ['paper' as const],
  legalBasis: '《政府信息公开条例》第十五条、第三十二条',
  ...(note === undefined ? {} : { note }),
});

describe('withholding to protect a third party (第十五条)', () => {
  it('is refused once the third party consented: the information is then disclosed', () => {
    const result = reply(consulted('consent'), replied('withheld.thirdPartyRights'), ctx);
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(!result.ok && result.reason).toBe(
      '第三方第三方1（2025-06-20）已同意公开，不能以保护第三方合法权益为由不予公开；第三方同意公开的，予以公开（《政府信息公开条例》第十五条）',
    );
    expect(reply(consulted('consent'), replied('granted'), ctx).ok).toBe(true);
  });

  it('stays possible when a third party objected or did not answer (the agency decides)', () => {
    for (const answers of [['objection'], ['noAnswer'], ['consent', 'objection']] as const) {
      const result = reply(consulted(...answers), replied('withheld.thirdPartyRights'), ctx);
      expect(result.ok, answers.join()).toBe(true);
    }
    // Without any consultation, the agency may still withhold on that ground.
    expect(reply(received('2025-06-09'), replied('withheld.thirdPartyRights'), ctx).ok).toBe(true);
  });
});

describe('disclosing over a third party objection (第三十二条)', () => {
  it('requires the content and reason of the decision, as the reply note', () => {
    for (const disposition of ['granted', 'partiallyGranted']) {
      for (const note of [undefined, '  ']) {
        const result = reply(consulted('objection'), replied(disposition, note), ctx);
        expect(result).toMatchObject({ ok: false, code: 'missing-field' });
        expect(!result.ok && result.reason).toContain('应在答复说明中写明决定公开的政府信息内容和理由');
      }
    }
  });

  it('accepts it with the reason, which the state keeps for the notice to the third party', () => {
    const reason = '医保基金使用情况关系公共利益，不公开可能对公共利益造成重大影响';
    const log = andThen(consulted('objection'), (l) => reply(l, replied('granted', reason), ctx));
    expect(applicationState(log).reply?.note).toBe(reason);
  });

  it('does not ask for a reason when the third party consented or did not answer', () => {
    expect(reply(consulted('consent'), replied('granted'), ctx).ok).toBe(true);
    expect(reply(consulted('noAnswer'), replied('partiallyGranted'), ctx).ok).toBe(true);
  });
});
