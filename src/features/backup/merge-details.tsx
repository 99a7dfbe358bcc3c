/**
 * What a Merge will do beyond adding new records: records deleted on this device that stay
 * deleted, records the file's device deleted that go here too, and every record changed on
 * both sides, where the person keeps one copy or the other (the newer one unless they choose).
 */
import { toIsoDate } from '../../domain/dates';
import { useI18n } from '../../i18n/i18n';
import { conflictKey, type ConflictSide, type MergePlan } from '../../storage/backup/import/merge-plan';
import { tableLabel } from './backup-messages';

/** A person can read this many conflicts one by one; the rest follow the choice for all. */
const LISTED_CONFLICTS = 30;

/** A few words that tell one record from another of its table, from the file's copy. */
function recordName(table: string, row: Record<string, unknown> | undefined): string {
  if (row === undefined) return '';
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (table) {
    case 'debts':
      return [text(row.lender), text(row.last4) ? `****${text(row.last4)}` : ''].filter(Boolean).join(' ');
    case 'contacts':
      return [text(row.date), text(row.time)].filter(Boolean).join(' ');
    case 'debtEvents':
    case 'agreements':
      return text(row.date) || text(row.startDate);
    case 'attachments':
      return text(row.name);
    default:
      return '';
  }
}

export function MergeDetails({
  plan,
  fileRows,
  choices,
  onChoose,
}: {
  plan: MergePlan;
  /** The file's rows by table, to name the records in conflict. */
  fileRows: Record<string, Record<string, unknown>[]>;
  choices: Readonly<Record<string, ConflictSide>>;
  onChoose: (choices: Record<string, ConflictSide>) => void;
}) {
  const { t, date } = useI18n();
  const when = (iso: string) => (Number.isNaN(Date.parse(iso)) ? '' : date(toIsoDate(new Date(iso))));
  const byId = (table: string, id: string) => (fileRows[table] ?? []).find((r) => r.id === id);
  const all = (side: ConflictSide | 'newer') =>
    onChoose(Object.fromEntries(plan.conflicts.map((c) => [conflictKey(c), side === 'newer' ? c.newer : side])));

  return (
    <div className="merge-details">
      {plan.keptDeleted.length > 0 && <p>{t('backup.merge.keptDeleted', { count: plan.keptDeleted.length })}</p>}
      {plan.removed.length > 0 && <p>{t('backup.merge.removed', { count: plan.removed.length })}</p>}
      {plan.conflicts.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('backup.merge.conflictsLegend', { count: plan.conflicts.length })}</legend>
          <p className="field-hint">{t('backup.merge.conflictsHint')}</p>
          <div className="button-row">
            <button type="button" className="button button-quiet" onClick={() => all('newer')}>
              {t('backup.merge.allNewer')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => all('device')}>
              {t('backup.merge.allDevice')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => all('file')}>
              {t('backup.merge.allFile')}
            </button>
          </div>
          <ul className="merge-conflicts">
            {plan.conflicts.slice(0, LISTED_CONFLICTS).map((c) => {
              const key = conflictKey(c);
              const side = choices[key] ?? c.newer;
              const name = recordName(c.table, byId(c.table, c.id));
              const label = name
                ? t('backup.merge.recordName', { table: tableLabel(c.table, t), name })
                : tableLabel(c.table, t);
              return (
                <li key={key}>
                  <fieldset className="fieldset">
                    <legend className="user-text">{label}</legend>
                    {(['device', 'file'] as const).map((option) => (
                      <label key={option} className="check">
                        <input
                          type="radio"
                          name={`conflict-${key}`}
                          checked={side === option}
                          onChange={() => onChoose({ ...choices, [key]: option })}
                        />
                        <span>
                          {t(`backup.merge.keep.${option}`, {
                            date: when(option === 'device' ? c.deviceChangedAt : c.fileChangedAt),
                          })}
                          {option === c.newer ? t('backup.merge.newer') : ''}
                        </span>
                      </label>
                    ))}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          {plan.conflicts.length > LISTED_CONFLICTS && (
            <p className="field-hint">
              {t('backup.merge.moreConflicts', { count: plan.conflicts.length - LISTED_CONFLICTS })}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
