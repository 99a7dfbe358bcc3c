/** Letters home: choose a letter to write, and the letters saved before (to print again). */
import { Link } from 'react-router';
import { LETTER_TEMPLATE_IDS } from '../../../domain/letters/registry';
import type { LetterTemplateId } from '../../../domain/letters/template';
import { toIsoDate } from '../../../domain/dates';
import { useI18n } from '../../../i18n/i18n';
import { useSavedLetters } from '../../../storage/letter-hooks';
import '../letters.css';

export function LettersPage({
  newHref,
  savedHref,
  budgetHref,
}: {
  newHref: (templateId: LetterTemplateId) => string;
  savedHref: (letterId: string) => string;
  /** The budget and plan screens: the Art.70 letter is built from them. */
  budgetHref: string;
}) {
  const { t, date } = useI18n();
  const saved = useSavedLetters();
  return (
    <div className="page">
      <h1 className="page-title">{t('letters.title')}</h1>
      <p>{t('letters.intro')}</p>
      <p className="card">
        {t('letters.budgetFirst')} <Link to={budgetHref}>{t('nav.budget')}</Link>
      </p>
      <h2 className="card-title">{t('letters.choose')}</h2>
      <ul className="link-list template-list">
        {LETTER_TEMPLATE_IDS.map((id) => (
          <li key={id} className="card">
            <Link to={newHref(id)} className="template-link">
              <strong>{t(`letters.template.${id}`)}</strong>
            </Link>
            <p className="muted">{t(`letters.template.${id}.about`)}</p>
          </li>
        ))}
      </ul>
      <h2 className="card-title">{t('letters.saved')}</h2>
      {saved === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : saved.length === 0 ? (
        <p className="muted">{t('letters.noSaved')}</p>
      ) : (
        <ul className="link-list">
          {saved.map((l) => (
            <li key={l.id}>
              <Link to={savedHref(l.id)}>
                {t('letters.savedItem', {
                  title: l.document?.title ?? l.templateId,
                  date: date(toIsoDate(new Date(l.updatedAt))),
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
