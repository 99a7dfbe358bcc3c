/**
 * Where a statement comes from: each source's instrument, article, issuer, dates, how binding
 * it is in plain words and how well it is verified. The article text is loaded on request from
 * a JSON file that is not part of the first screen.
 */
import { useState } from 'react';
import { findSource } from '../../../domain/legal/sources/index';
import type { LegalSource } from '../../../domain/legal/source-types';
import { useI18n } from '../../../i18n/i18n';

type TextState = { status: 'closed' } | { status: 'loading' } | { status: 'open'; text: string } | { status: 'error' };

async function loadArticleText(id: string): Promise<string | undefined> {
  const texts: Record<string, { text: string } | undefined> = (await import('../../../domain/legal/article-texts.json'))
    .default;
  return texts[id]?.text;
}

function ArticleText({ id }: { id: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<TextState>({ status: 'closed' });
  async function toggle() {
    if (state.status === 'open') {
      setState({ status: 'closed' });
      return;
    }
    setState({ status: 'loading' });
    try {
      const text = await loadArticleText(id);
      setState(text ? { status: 'open', text } : { status: 'error' });
    } catch {
      setState({ status: 'error' });
    }
  }
  return (
    <div className="article">
      <button
        type="button"
        className="button button-quiet button-small"
        aria-expanded={state.status === 'open'}
        onClick={() => void toggle()}
      >
        {state.status === 'open' ? t('assess.source.hideText') : t('assess.source.readText')}
      </button>
      <div aria-live="polite">
        {state.status === 'loading' && <p className="muted">{t('assess.source.loadingText')}</p>}
        {state.status === 'error' && <p className="muted">{t('assess.source.textError')}</p>}
        {state.status === 'open' && (
          <blockquote className="article-text" lang="zh-CN">
            {state.text}
          </blockquote>
        )}
      </div>
    </div>
  );
}

function SourceItem({ source }: { source: LegalSource }) {
  const { t, date } = useI18n();
  const practice = source.force === 'practice';
  return (
    <li className="source">
      <p className="source-name" lang="zh-CN">
        {source.instrument}
        {source.article && ` ${source.article}`}
      </p>
      <p className="source-meta">
        <span lang="zh-CN">
          {source.issuer}
          {source.docNumber && ` · ${source.docNumber}`}
        </span>
        {!practice && (
          <span>
            {t(source.datedByPublication ? 'assess.source.published' : 'assess.source.effective', {
              date: date(source.effectiveFrom),
            })}
          </span>
        )}
        {!practice && source.effectiveTo && (
          <span className="source-ended">{t('assess.source.ended', { date: date(source.effectiveTo) })}</span>
        )}
      </p>
      <p className="source-meta">
        <span className={`source-force ${practice ? 'source-practice' : ''}`}>{t(`assess.force.${source.force}`)}</span>
        <span>{t(`assess.confidence.${source.confidence}`)}</span>
      </p>
      {source.textFile && <ArticleText id={source.id} />}
    </li>
  );
}

/** The sources behind one statement, folded away until tapped. */
export function SourceDetails({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const sources = ids.map((id) => findSource(id)).filter((s): s is LegalSource => s !== undefined);
  return (
    <details className="sources">
      <summary className="sources-toggle">{t('assess.source.show')}</summary>
      <p className="visually-hidden">{t('assess.source.list')}</p>
      {sources.length === 0 ? (
        <p className="muted">{t('assess.source.pending')}</p>
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <SourceItem key={s.id} source={s} />
          ))}
        </ul>
      )}
    </details>
  );
}
