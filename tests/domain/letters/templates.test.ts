import { describe, expect, it } from 'vitest';
import {
  allTemplateVersions,
  buildLetter,
  latestTemplate,
  LETTER_TEMPLATE_IDS,
  templateForm,
} from '../../../src/domain/letters/registry';
import { hardshipSources } from '../../../src/domain/legal/sources/hardship';
import { findSource } from '../../../src/domain/legal/sources/index';
import { documentText, fullInput } from './fixtures';

describe('template registry', () => {
  it('has one entry per id and version, and a latest version for every offered id', () => {
    const keys = allTemplateVersions().map((t) => `${t.id}@${t.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of LETTER_TEMPLATE_IDS) expect(latestTemplate(id).id).toBe(id);
  });

  it('cites only registered sources', () => {
    for (const t of allTemplateVersions())
      for (const id of t.sourceIds) expect(findSource(id), `${t.id}@${t.version}: ${id}`).toBeDefined();
  });

  it('builds the same document again from the same snapshot (reprint exactly)', () => {
    const input = fullInput();
    expect(buildLetter('hardship-application', 1, structuredClone(input))).toEqual(
      buildLetter('hardship-application', 1, input),
    );
    expect(buildLetter('hardship-application', 99, input)).toBeUndefined();
  });

  it('hardship ids are unique kebab-case', () => {
    const ids = hardshipSources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe.each(LETTER_TEMPLATE_IDS.map((id) => [id]))('%s', (id) => {
  const t = latestTemplate(id);

  it('is complete with a full input and records its id and version', () => {
    // With an address: the answer states the defendant's 住所 (民诉法 Art.128).
    const b = t.build(
      fullInput({ sender: { name: '李明', idNumber: '110101199001011234', address: '北京市朝阳区某某路1号' } }),
    );
    expect(b.missingFields).toEqual([]);
    expect(documentText(b.document)).not.toContain('待填写');
    expect([b.document.templateId, b.document.templateVersion]).toEqual([id, t.version]);
    expect(b.document.blocks.filter((x) => x.kind === 'signature')).toHaveLength(1);
  });

  it('reports missing fields with visible markers when everything is empty', () => {
    const b = t.build(
      fullInput({
        recipient: '',
        sender: { name: '', idNumber: '', address: '' },
        contact: null,
        debt: null,
        plan: null,
        budget: null,
        hardshipFacts: '',
        applicationDate: null,
        refusalDate: null,
        refusalNote: '',
        recordDescription: '',
        correction: '',
        statementText: '',
        thirdPartyFacts: '',
      }),
    );
    expect(b.missingFields.length).toBeGreaterThan(2);
    const addressed = templateForm(id).asksRecipient !== false;
    expect(b.missingFields).toEqual(expect.arrayContaining(addressed ? ['recipient', 'sender.name'] : ['sender.name']));
    expect(documentText(b.document)).toContain('【待填写：');
  });

  it(`${t.acknowledgesDebt ? 'asks' : 'does not ask'} for the limitation choice`, () => {
    const b = t.build(fullInput({ limitationMayHaveExpired: true }));
    expect(b.missingFields.includes('limitationChoice')).toBe(t.acknowledgesDebt);
  });
});

describe('letter wording', () => {
  it('no-reply follow-up counts the days since the application', () => {
    const t = documentText(latestTemplate('hardship-no-reply').build(fullInput()).document);
    expect(t).toContain('本人于2026年10月20日通过EMS（单号 1234567890）向贵行提交了个性化分期还款申请');
    expect(t).toContain('至今已39天');
  });

  it('reconsideration quotes the bank reply as the user recorded it', () => {
    const t = documentText(latestTemplate('hardship-reconsider').build(fullInput()).document);
    expect(t).toContain('贵行于2026年11月15日答复不同意');
    expect(t).toContain('贵行的答复是：电话里说不办理个性化分期，只能全额还款。');
  });

  it('the 12378 complaint says plainly that Art. 70 says 可以', () => {
    const t = documentText(latestTemplate('complaint-12378').build(fullInput()).document);
    expect(t).toContain('“可以”');
    expect(t).toContain('并非必须同意');
    expect(t).toContain('被投诉机构：示例银行');
  });

  it('the credit objection cites 条例 Art. 25 and the 20 days', () => {
    const t = documentText(latestTemplate('credit-objection').build(fullInput()).document);
    expect(t).toContain('《征信业管理条例》第二十五条');
    expect(t).toContain('20日内');
  });

  it('the third-party letter asks to stop and to name the agency, without confirming any amount', () => {
    const t = documentText(latestTemplate('third-party-stop').build(fullInput()).document);
    expect(t).toContain('停止联系与该账户无关的第三人');
    expect(t).toContain('该机构的名称和联系方式');
    expect(t).not.toMatch(/\d+\.\d{2}元/);
    expect(t).not.toContain('欠款');
  });
});

describe('what the builder asks for each template (registry)', () => {
  it('addresses each letter to its body by default', () => {
    expect(templateForm('hardship-application').defaultRecipient('示例银行')).toBe('示例银行信用卡中心');
    expect(templateForm('hardship-application').defaultRecipient(null)).toBe('');
    expect(templateForm('complaint-12378').defaultRecipient('示例银行')).toBe('国家金融监督管理总局');
    expect(templateForm('credit-objection').defaultRecipient('示例银行')).toBe('中国人民银行征信中心');
    expect(templateForm('credit-statement').defaultRecipient(null)).toBe('中国人民银行征信中心');
  });

  it('asks the Art. 70 chain for the Art. 70 note and every letter but the third-party one for enclosures', () => {
    expect(LETTER_TEMPLATE_IDS.filter((id) => templateForm(id).art70Note)).toEqual([
      'hardship-application',
      'hardship-no-reply',
      'hardship-reconsider',
      'complaint-12378',
    ]);
    // The court letters list their evidence themselves (证据清单) instead of the enclosures.
    expect(LETTER_TEMPLATE_IDS.filter((id) => !templateForm(id).asksEnclosures)).toEqual([
      'third-party-stop',
      'payment-order-objection',
      'civil-answer',
      'mediation-proposal',
      'enforcement-settlement',
      'dishonest-list-correction',
    ]);
    expect(templateForm('hardship-reconsider').fields).toEqual([
      'applicationDate',
      'refusalDate',
      'refusalNote',
      'hardshipFacts',
    ]);
  });
});
