/**
 * 有问题的记录: records on this device that today's checks refuse (record-health.ts). The
 * screens leave them out so nothing crashes, and a backup leaves them out so it can be
 * restored; here each can be saved as a file as it is, or deleted. Shown only when there is one.
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { deliverFile } from '../../lib/deliver-file';
import {
  deleteDamagedRecord,
  exportDamagedRecord,
  listDamagedRecords,
  type DamagedRecord,
} from '../../storage/record-health';
import { tableLabel } from './backup-messages';

export function DamagedRecordsSection() {
  const { t } = useI18n();
  const [records, setRecords] = useState<DamagedRecord[] | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void listDamagedRecords().then((list) => {
      if (live) setRecords(list);
    });
    return () => {
      live = false;
    };
  }, [version]);

  if (records === null || records.length === 0) return null;

  async function save(record: DamagedRecord, n: number) {
    const text = await exportDamagedRecord(record);
    if (text === undefined) return;
    await deliverFile(
      new File([text], `damaged-record-${n}.json`, { type: 'application/json' }),
      t('backup.damaged.title'),
    );
  }

  async function remove(record: DamagedRecord) {
    await deleteDamagedRecord(record);
    setVersion((v) => v + 1);
  }

  return (
    <section id="damaged" className="card" aria-labelledby="damaged-title">
      <h2 id="damaged-title" className="card-title">
        {t('backup.damaged.title')}
      </h2>
      <p>{t('backup.damaged.intro', { count: records.length })}</p>
      <ul className="plain-list">
        {records.map((record, i) => (
          <li key={`${record.table}:${JSON.stringify(record.key)}`}>
            <span>{t('backup.damaged.item', { table: tableLabel(record.table, t), n: i + 1 })}</span>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void save(record, i + 1)}>
                {t('backup.damaged.export')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => void remove(record)}>
                {t('backup.damaged.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
