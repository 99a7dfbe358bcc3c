/** "法律到底怎么说": common frightening claims and what the law actually says, with sources. */
import '../assessment.css';
import { Link } from 'react-router';
import { MYTHS } from '../../../domain/assess/myths';
import { useI18n } from '../../../i18n/i18n';
import { SourceDetails } from './source-list';

export function MythsPage({ enforcementHref }: { enforcementHref?: string }) {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 className="page-title">{t('assess.myths.title')}</h1>
      <p className="intro">{t('assess.myths.intro')}</p>
      <ul className="myths">
        {MYTHS.map((m) => (
          <li key={m.id} className="card myth">
            <p className="myth-label">{t('assess.myths.claimLabel')}</p>
            <h2 className="myth-claim">{t(`assess.myth.${m.id}.claim`)}</h2>
            <p className="myth-label">{t('assess.myths.truthLabel')}</p>
            <p>{t(`assess.myth.${m.id}.truth`)}</p>
            <SourceDetails ids={[...m.sourceIds, ...(m.foreignSourceIds ?? [])]} />
          </li>
        ))}
      </ul>
      {enforcementHref && (
        <p>
          <Link to={enforcementHref} className="button">
            {t('court.enforcement.link')}
          </Link>
        </p>
      )}
    </div>
  );
}
