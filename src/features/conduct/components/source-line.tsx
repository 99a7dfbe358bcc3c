/**
 * One legal source in plain sight: instrument and article, force, dates, and how sure the fact
 * sheet is. Sources owned by another module that are not registered yet are shown as pending
 * rather than guessed.
 */
import type { LegalSource } from '../../../domain/legal/source-types';
import { findSource } from '../../../domain/legal/sources/index';
import { useI18n } from '../../../i18n/i18n';

export function SourceLine({ source }: { source: LegalSource }) {
  const { t, date } = useI18n();
  const when = source.datedByPublication
    ? t('conduct.source.published', { date: date(source.effectiveFrom) })
    : source.effectiveTo
      ? t('conduct.source.range', { from: date(source.effectiveFrom), to: date(source.effectiveTo) })
      : t('conduct.source.from', { date: date(source.effectiveFrom) });
  return (
    <span className="source-line">
      {source.instrument}
      {source.article}
      {source.docNumber && source.article === '' ? ` ${source.docNumber}` : ''} · {t(`conduct.force.${source.force}`)} ·{' '}
      {when} · {t(`conduct.source.confidence.${source.confidence}`)}
    </span>
  );
}

export function SourceLines({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  return (
    <>
      {ids.map((id) => {
        const source = findSource(id);
        return source ? (
          <SourceLine key={id} source={source} />
        ) : (
          <span key={id} className="source-line">
            {t('conduct.source.pending')}
          </span>
        );
      })}
    </>
  );
}
