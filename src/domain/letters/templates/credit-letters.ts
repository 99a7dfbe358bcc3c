/**
 * Credit-record letters, version 1 of each:
 * - 'credit-objection' 征信异议申请: 《征信业管理条例》第二十五条 [A] — an objection to the
 *   征信中心 or to the bank that reported the record; checked and answered in writing within
 *   20 days. Disputing a record does not acknowledge a debt.
 * - 'credit-statement' 说明: 第十六条第二款 [A] — during the 5-year keeping period the person
 *   may add a statement to a negative record and the 征信机构 shall record it. Explaining why
 *   a payment was missed acknowledges the debt, so the limitation warning applies.
 */
import { CREDITOR_TYPES } from '../../debt';
import type { LetterInput } from '../letter-input';
import { LetterWriter, type LetterBuild, type LetterTemplate } from '../template';
import { contactTextV1, enclosuresV1, senderParagraphV1, signatureV1 } from './common';

function lines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function buildObjection(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '异议人');
  w.paragraph(`联系方式：${contactTextV1(w)}。`);
  w.heading('一、有误的信息');
  w.paragraph('本人查询个人信用报告，发现以下信息有误：');
  for (const p of lines(w.text(input.recordDescription, 'recordDescription', '哪条记录有误（机构、账户、内容）')))
    w.paragraph(p);
  w.heading('二、正确的情况');
  for (const p of lines(w.text(input.correction, 'correction', '正确的情况是什么'))) w.paragraph(p);
  w.heading('三、异议请求');
  w.paragraph(
    '《征信业管理条例》第二十五条规定，信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权向征信机构或者信息提供者提出异议，要求更正；征信机构或者信息提供者应当自收到异议之日起20日内进行核查和处理，并将结果书面答复异议人。',
  );
  w.paragraph(
    '本人据此提出异议，请对上述信息作出存在异议的标注，予以核查；确有错误、遗漏的，请予以更正，并在20日内将结果书面答复本人。',
  );
  enclosuresV1(w, ['id-copy', 'credit-report', 'correspondence', 'bank-statements']);
  signatureV1(w, '异议人');
  return w.finish(creditObjectionV1, '征信异议申请书');
}

function buildStatement(input: LetterInput): LetterBuild {
  const w = new LetterWriter(input);
  w.push({ kind: 'addressee', text: `${w.text(input.recipient, 'recipient', '收件单位')}：` });
  senderParagraphV1(w, '说明人');
  w.paragraph(
    '《征信业管理条例》第十六条第二款规定，在不良信息保存期限内，信息主体可以对不良信息作出说明，征信机构应当予以记载。本人现对以下记录作出说明，请予以记载：',
  );
  for (const p of lines(w.text(input.recordDescription, 'recordDescription', '要说明的是哪条记录'))) w.paragraph(p);
  w.heading('说明内容');
  for (const p of lines(w.text(input.statementText, 'statementText', '说明内容（用你自己的话写）'))) w.paragraph(p);
  w.paragraph(`联系方式：${contactTextV1(w)}。`);
  enclosuresV1(w, ['id-copy', 'credit-report', 'hardship-proof']);
  signatureV1(w, '说明人');
  return w.finish(creditStatementV1, '个人信用报告说明');
}

export const creditObjectionV1: LetterTemplate = {
  id: 'credit-objection',
  version: 1,
  acknowledgesDebt: false,
  sourceIds: ['credit-regulation-art25'],
  creditorTypes: CREDITOR_TYPES,
  build: buildObjection,
};

export const creditStatementV1: LetterTemplate = {
  id: 'credit-statement',
  version: 1,
  acknowledgesDebt: true,
  sourceIds: ['credit-regulation-art16'],
  creditorTypes: CREDITOR_TYPES,
  build: buildStatement,
};
