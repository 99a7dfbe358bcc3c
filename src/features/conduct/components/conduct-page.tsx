/**
 * 催收记录: the big "log a contact" button, the rule check over the whole log, links to the
 * rights checklist, background and complaint packet, and the log itself, newest first, paged
 * so 10,000 entries stay fast (only the shown page is rendered).
 */
import { usePerfMarkOnce } from '../../../lib/perf-mark';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { useContactCount, useContactsPage } from '../../../storage/conduct-hooks';
import { useConductLogCheck } from '../../../storage/conduct-check';
import { FindingList } from './finding-card';
import '../conduct.css';

export const PAGE_SIZE = 50;

export interface ConductHrefs {
  newEntry: string;
  /** 粘贴短信/微信. */
  paste: string;
  entry: (id: string) => string;
  rights: string;
  context: string;
  packet: string;
}

export function ConductPage({ hrefs }: { hrefs: ConductHrefs }) {
  const { t, date } = useI18n();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const entries = useContactsPage(limit);
  const count = useContactCount();
  const check = useConductLogCheck();
  usePerfMarkOnce('shore:log-shown', entries !== null);
  usePerfMarkOnce('shore:log-findings-shown', check !== null && check !== undefined);

  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.title')}</h1>
      <p className="muted">{t('conduct.intro')}</p>
      <Link to={hrefs.newEntry} className="button button-primary button-block">
        {t('conduct.add')}
      </Link>
      <Link to={hrefs.paste} className="button button-block">
        {t('conduct.paste.open')}
      </Link>
      <nav className="link-grid" aria-label={t('conduct.title')}>
        <Link to={hrefs.rights} className="button">
          {t('conduct.links.rights')}
        </Link>
        <Link to={hrefs.context} className="button">
          {t('conduct.links.context')}
        </Link>
        <Link to={hrefs.packet} className="button">
          {t('conduct.links.packet')}
        </Link>
      </nav>

      <section aria-labelledby="conduct-findings">
        <h2 id="conduct-findings" className="card-title">
          {check && check.findings.length > 0
            ? t('conduct.findings.count', { count: check.findings.length })
            : t('conduct.findings.title')}
        </h2>
        {check === null ? (
          <p className="muted">{t('status.loading')}</p>
        ) : (
          <FindingList findings={check.findings} emptyText={t('conduct.findings.none')} />
        )}
      </section>

      <section aria-labelledby="conduct-log">
        <h2 id="conduct-log" className="card-title">
          {t('conduct.list.title', { count: count ?? 0 })}
        </h2>
        {entries === null ? (
          <p className="muted">{t('status.loading')}</p>
        ) : entries.length === 0 ? (
          <p className="empty">{t('conduct.empty')}</p>
        ) : (
          <ul className="entry-list">
            {entries.map((e) => {
              const rules = check?.rulesByEntry.get(e.id) ?? [];
              return (
                <li key={e.id}>
                  <Link to={hrefs.entry(e.id)} className="entry-item">
                    <span className="entry-what">
                      <span className="entry-when">
                        {date(e.date)} {e.time}
                      </span>
                      <span>
                        {t(`conduct.channel.${e.channel}`)}
                        {e.attempts > 1 ? ` · ${t('conduct.list.attempts', { count: e.attempts })}` : ''} ·{' '}
                        {t(`conduct.party.${e.party}`)}
                        {e.partyName ? t('conduct.list.partyName', { name: e.partyName }) : ''}
                      </span>
                      {e.quote && <span className="muted user-text">{e.quote}</span>}
                    </span>
                    {rules.length > 0 && (
                      <span className="badge badge-strong">
                        {t('conduct.list.findingsBadge', { count: rules.length })}
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        {entries !== null && count !== null && entries.length < count && (
          <button type="button" className="button button-block" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
            {t('conduct.list.more')}
          </button>
        )}
      </section>
    </div>
  );
}
