/**
 * The case-number reader (案号): `（2026）京0105民初12345号` → year, court code, type code,
 * serial, and what does not fit the current format. It never calls a paper real or fake: a
 * well-formed number can be copied into a forged document, so the screen always says how to
 * check it (12368, 人民法院在线服务, the court named).
 *
 * Format (court-case-number-rules-2015, [B]): "（" + year + "）" + court code + type code +
 * serial + "号", optionally 之一/之二 for later documents of the same kind. Court codes: 最高法; a
 * high court is the province's short name (内, 军 and 兵 are exceptions); an intermediate court
 * adds 2 digits, a basic court 4; special courts use the ranges 71–99 in the first two digits
 * (2018 amendment, [B−]). An optional one-character 专门审判代字 (知) may stand before the type.
 * Before 2016 numbers read "（2015）京0105民初字第12345号"; that style after 2015 is flagged.
 */
import type { IsoDate } from '../types';
import { findCaseType, type CaseType } from './case-types';

export const CASE_NUMBER_MAX_LENGTH = 60;

/** High courts' short names (法院代字), with the three exceptions of Art.4. */
const HIGH_COURTS: Record<string, string> = {
  京: '北京',
  津: '天津',
  冀: '河北',
  晋: '山西',
  内: '内蒙古',
  辽: '辽宁',
  吉: '吉林',
  黑: '黑龙江',
  沪: '上海',
  苏: '江苏',
  浙: '浙江',
  皖: '安徽',
  闽: '福建',
  赣: '江西',
  鲁: '山东',
  豫: '河南',
  鄂: '湖北',
  湘: '湖南',
  粤: '广东',
  桂: '广西',
  琼: '海南',
  渝: '重庆',
  川: '四川',
  贵: '贵州',
  云: '云南',
  藏: '西藏',
  陕: '陕西',
  甘: '甘肃',
  青: '青海',
  宁: '宁夏',
  新: '新疆',
  兵: '新疆生产建设兵团',
  军: '中国人民解放军',
};

/** 专门审判代字 seen in use (2018 amendment). */
const SPECIAL_TRIAL_CODES = new Set(['知']);

export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

/** Special courts by the first two digits (2018 Art.5(2)(三), [B−]). */
export type SpecialCourt =
  'railway' | 'maritime' | 'ip' | 'oilfield' | 'forestry' | 'land-reclamation' | 'cross-region' | 'county-intermediate';

function specialCourt(twoDigits: number): SpecialCourt | null {
  if (twoDigits === 71) return 'railway';
  if (twoDigits === 72) return 'maritime';
  if (twoDigits === 73) return 'ip';
  if (twoDigits === 74) return 'oilfield';
  if (twoDigits >= 75 && twoDigits <= 80) return 'forestry';
  if (twoDigits >= 81 && twoDigits <= 85) return 'land-reclamation';
  if (twoDigits >= 87 && twoDigits <= 95) return 'cross-region';
  if (twoDigits >= 96) return 'county-intermediate';
  return null;
}

export type CaseNumberPart = 'empty' | 'too-long' | 'year' | 'court' | 'type' | 'serial' | 'end';

/** What does not fit a current, real case number (each is a reason to check, not proof). */
export type CaseNumberFlag =
  | 'future-year'
  | 'old-style-after-2015'
  | 'unknown-type'
  | 'type-not-yet-in-use'
  | 'criminal-type'
  | 'court-code-unused-range';

export interface CaseNumberReading {
  ok: true;
  /** The number as normalised: full-width brackets, no spaces, ASCII digits. */
  normalised: string;
  year: number;
  court: {
    code: string;
    level: CourtLevel;
    /** The province (or 兵团 / 解放军) of a high court and the courts under it; '' for 最高法. */
    region: string;
    special: SpecialCourt | null;
  };
  specialTrial: string | null;
  typeCode: string;
  type: CaseType | null;
  serial: number;
  /** 之一, 之二 … for later documents of the same kind; '' when none. */
  suffix: string;
  oldStyle: boolean;
  flags: CaseNumberFlag[];
  sourceIds: string[];
}

export interface CaseNumberError {
  ok: false;
  /** The first part that cannot be read. */
  part: CaseNumberPart;
}

/** Full-width digits and brackets as people type them, spaces and dots inserted, 〔〕 for （）. */
export function normaliseCaseNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000·.]/g, '')
    .replace(/[(〔[【]/g, '（')
    .replace(/[)〕\]】]/g, '）');
}

const HAN = /^\p{Script=Han}+/u;

export function readCaseNumber(text: string, today: IsoDate): CaseNumberReading | CaseNumberError {
  const raw = text.trim();
  if (raw === '') return { ok: false, part: 'empty' };
  if (raw.length > CASE_NUMBER_MAX_LENGTH) return { ok: false, part: 'too-long' };
  const s = normaliseCaseNumber(raw);

  const yearMatch = /^（(\d{4})）/.exec(s);
  if (!yearMatch) return { ok: false, part: 'year' };
  const year = Number(yearMatch[1]);
  if (year < 1949) return { ok: false, part: 'year' };
  let rest = s.slice(yearMatch[0].length);

  // Court code.
  let court: CaseNumberReading['court'];
  if (rest.startsWith('最高法')) {
    court = { code: '最高法', level: 'supreme', region: '', special: null };
    rest = rest.slice(3);
  } else {
    const region = HIGH_COURTS[rest[0] ?? ''];
    if (region === undefined) return { ok: false, part: 'court' };
    const digits = /^\d*/.exec(rest.slice(1))![0];
    // The serial follows the type code, so any digits here belong to the court code.
    if (digits.length !== 0 && digits.length !== 2 && digits.length !== 4) return { ok: false, part: 'court' };
    const level: CourtLevel = digits.length === 0 ? 'high' : digits.length === 2 ? 'intermediate' : 'basic';
    court = {
      code: rest[0] + digits,
      level,
      region,
      special: digits.length > 0 ? specialCourt(Number(digits.slice(0, 2))) : null,
    };
    rest = rest.slice(1 + digits.length);
  }

  // Type code (with an optional 专门审判代字, and the pre-2016 字第).
  const han = HAN.exec(rest);
  if (!han) return { ok: false, part: 'type' };
  let typeText = han[0];
  rest = rest.slice(typeText.length);
  let oldStyle = false;
  if (typeText.endsWith('字第')) {
    oldStyle = true;
    typeText = typeText.slice(0, -2);
  }
  let specialTrial: string | null = null;
  if (typeText.length > 1 && SPECIAL_TRIAL_CODES.has(typeText[0]) && findCaseType(typeText.slice(1))) {
    specialTrial = typeText[0];
    typeText = typeText.slice(1);
  }
  if (typeText === '' || typeText.length > 4) return { ok: false, part: 'type' };

  const serialMatch = /^(\d{1,8})/.exec(rest);
  if (!serialMatch) return { ok: false, part: 'serial' };
  const serial = Number(serialMatch[1]);
  if (serial === 0) return { ok: false, part: 'serial' };
  rest = rest.slice(serialMatch[0].length);

  const endMatch = /^号(之[一二三四五六七八九十]+)?$/.exec(rest);
  if (!endMatch) return { ok: false, part: 'end' };

  const type = findCaseType(typeText) ?? null;
  const flags: CaseNumberFlag[] = [];
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) flags.push('future-year');
  if (oldStyle && year >= 2016) flags.push('old-style-after-2015');
  if (type === null) flags.push('unknown-type');
  else if (type.since !== undefined && year < Number(type.since.slice(0, 4))) flags.push('type-not-yet-in-use');
  if (type?.kind === 'criminal' || (type === null && typeText.startsWith('刑'))) flags.push('criminal-type');
  if (court.level === 'intermediate' || court.level === 'basic') {
    const two = Number(court.code.slice(1, 3));
    if (two === 0 || two === 86) flags.push('court-code-unused-range');
  }

  const sourceIds = ['court-case-number-rules-2015', ...(type ? type.sourceIds : ['court-case-type-codes-practice'])];
  return {
    ok: true,
    normalised: s,
    year,
    court,
    specialTrial,
    typeCode: typeText,
    type,
    serial,
    suffix: endMatch[1] ?? '',
    oldStyle,
    flags,
    sourceIds: [...new Set(sourceIds)],
  };
}
