/**
 * 我的权利: what collectors may and may not do, how to check documents, what to say and what
 * not to do, and claims that are wrong. Items tied to rules show the bases in force today
 * (straight from the rule set the check uses), each with its force and sources; practice items
 * show how sure we are (legal/basis.md), and [C] ones say "common practice, unverified".
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { CURRENT_CONDUCT_RULE_SET } from '../../../domain/conduct/check-collector-conduct';
import {
  RIGHTS_CHECKLIST,
  RIGHTS_SECTIONS,
  rightsItemFor,
  type RightsItem,
} from '../../../domain/conduct/rights-checklist';
import type { ConductRule, RuleCreditorType } from '../../../domain/conduct/rule-types';
import { isInForce } from '../../../domain/legal/source-types';
import type { IsoDate } from '../../../domain/types';
import type { MessageKey } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/i18n';
import { assertNever } from '../../../lib/assert-never';
import { useToday } from '../../../components/use-today';
import { basisMessageKey } from '../messages';
import { SourceLines } from './source-line';
import '../conduct.css';

type Filter = RuleCreditorType | 'all';
const FILTERS: readonly Filter[] = ['all', 'bank', 'consumer-finance', 'online-lender'];

/** The bases in force today, for the chosen creditor type (the same rows the rule check uses). */
function basesToday(item: RightsItem, today: IsoDate, filter: Filter): ConductRule[] {
  if (item.basis.kind !== 'rules') return [];
  const ids = item.basis.ruleIds;
  return CURRENT_CONDUCT_RULE_SET.rules.filter(
    (r) => ids.includes(r.ruleId) && isInForce(r, today) && (filter === 'all' || r.appliesTo.includes(filter)),
  );
}

function ItemBasis({ item, today, filter }: { item: RightsItem; today: IsoDate; filter: Filter }) {
  const { t } = useI18n();
  const appliesToLabel = (to: readonly RuleCreditorType[]) =>
    to.includes('bank') && to.includes('online-lender') && to.includes('consumer-finance')
      ? t('conduct.appliesTo.both')
      : to.map((c) => t(`conduct.appliesTo.${c}`)).join('；');
  switch (item.basis.kind) {
    case 'rules':
      return (
        <ul className="basis-list">
          {basesToday(item, today, filter).map((r) => (
            <li key={r.key}>
              <span className="badge">{t(`conduct.force.${r.force}`)}</span>{' '}
              <span className="muted">{appliesToLabel(r.appliesTo)}</span>
              <p>{t(basisMessageKey(r.descriptionCode))}</p>
              {r.scope === 'may-apply' && <p className="muted">{t('conduct.findings.mayApply')}</p>}
              <SourceLines ids={r.sourceIds} />
            </li>
          ))}
        </ul>
      );
    case 'sources':
      return <SourceLines ids={item.basis.sourceIds} />;
    case 'practice':
      return <span className="source-line">{t(`conduct.rights.practice.${item.basis.confidence}`)}</span>;
    case 'advice':
      return <span className="source-line">{t('conduct.rights.advice')}</span>;
    default:
      return assertNever(item.basis, 'unknown rights basis');
  }
}

export function RightsPage({ caseNumberHref, enforcementHref }: { caseNumberHref?: string; enforcementHref?: string }) {
  const { t } = useI18n();
  const today = useToday();
  const [filter, setFilter] = useState<Filter>('all');
  // A rule item with no basis for the chosen creditor is left out; so is an item whose
  // instrument binds another kind of creditor.
  const shown = (item: RightsItem) =>
    rightsItemFor(item, filter) && (item.basis.kind !== 'rules' || basesToday(item, today, filter).length > 0);
  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.rights.title')}</h1>
      <p className="muted">{t('conduct.rights.intro')}</p>
      <fieldset className="fieldset">
        <legend>{t('conduct.rights.filter')}</legend>
        <p className="field-hint">{t('conduct.rights.filterHint')}</p>
        <div className="chip-group chip-group-wide">
          {FILTERS.map((f) => (
            <label key={f} className="chip">
              <input
                type="radio"
                className="chip-input"
                name="rightsFilter"
                value={f}
                checked={filter === f}
                onChange={() => setFilter(f)}
              />
              <span className="chip-face">{t(`conduct.rights.filter.${f}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {RIGHTS_SECTIONS.map((section) => (
        <section key={section} className="card" aria-labelledby={`rights-${section}`}>
          <h2 id={`rights-${section}`} className="card-title">
            {t(`conduct.rights.section.${section}`)}
          </h2>
          {RIGHTS_CHECKLIST.filter((i) => i.section === section && shown(i)).map((item) => (
            <div key={item.id} className="rights-item" data-item={item.id}>
              <h3>
                {t(`conduct.rights.item.${item.id}.${item.section === 'myths' ? 'claim' : 'title'}` as MessageKey)}
              </h3>
              <p>{t(`conduct.rights.item.${item.id}.body` as MessageKey)}</p>
              <details className="disclosure">
                <summary>{t('conduct.findings.basis')}</summary>
                <ItemBasis item={item} today={today} filter={filter} />
              </details>
            </div>
          ))}
          {section === 'myths' && enforcementHref && (
            <p>
              <Link to={enforcementHref} className="button">
                {t('court.enforcement.link')}
              </Link>
            </p>
          )}
          {section === 'verify' && caseNumberHref && (
            <p>
              <Link to={caseNumberHref} className="button">
                {t('conduct.rights.readCaseNumber')}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
