/**
 * 整理投诉材料: pick a debt and the findings to raise, optionally a name, phone and a wrong
 * credit record, then view and print each part (or all of it) through the shared A4 renderer.
 * Nothing is stored: the packet is rebuilt from the log every time, so it always matches it.
 */
import { useMemo, useState } from 'react';
import { buildComplaintPacket, combinePacket } from '../../../domain/conduct/complaint-packet/build-complaint-packet';
import { findingsForDebt } from '../../../domain/conduct/complaint-packet/findings-for-debt';
import { DEFAULT_CONDUCT_CONTEXT } from '../../../domain/conduct/contact';
import { isBankCard } from '../../../domain/debt';
import { findSource } from '../../../domain/legal/sources/index';
import { PrintPreview } from '../../../components/print/print-preview';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { useI18n } from '../../../i18n/i18n';
import { useToday } from '../../../components/use-today';
import { useAttachmentsFor, useContactsByIds } from '../../../storage/conduct-hooks';
import { useDebts } from '../../../storage/hooks';
import { debtLabel } from '../debt-label';
import { useConductLogCheck } from '../../../storage/conduct-check';
import '../conduct.css';
import { LoadingPage } from '../../../components/ui/loading-page';

export function PacketPage({
  limitationMayHaveExpired,
}: {
  /** The assessment's limitation flag by debt id; null while the ledger loads. */
  limitationMayHaveExpired: ((debtId: string) => boolean) | null;
}) {
  const { t } = useI18n();
  const today = useToday();
  const check = useConductLogCheck();
  const debts = useDebts();
  const [chosenDebt, setChosenDebt] = useState<string | null>(null);

  if (check === null || debts === null || limitationMayHaveExpired === null)
    return <LoadingPage title={t('conduct.packet.title')} />;

  // Debts that have entries, in ledger order, then contacts not linked to a debt.
  const withEntries = check.debtIdsWithEntries;
  const options = [
    ...debts
      .filter((d) => withEntries.has(d.id))
      .map((d) => ({
        value: d.id,
        label: debtLabel(d, (last4) => t('conduct.debt.last4', { last4 })),
      })),
    ...(withEntries.has('') || debts.length === 0 ? [{ value: '', label: t('conduct.debt.none') }] : []),
  ];
  const debtId = chosenDebt ?? options[0]?.value ?? '';
  const debt = debts.find((d) => d.id === debtId);

  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.packet.title')}</h1>
      <p className="muted">{t('conduct.packet.intro')}</p>
      {options.length > 1 && (
        <SelectField
          label={t('conduct.packet.debt')}
          name="packetDebt"
          value={debtId}
          onChange={(e) => setChosenDebt(e.target.value)}
          options={options}
        />
      )}
      <PacketBuilder
        key={debtId}
        debtId={debtId}
        defaultCreditorName={debt?.lender ?? ''}
        cardLast4={debt && isBankCard(debt.creditorType) ? debt.last4 : ''}
        loanNumber={debt && !isBankCard(debt.creditorType) ? debt.loanNumber : ''}
        limitationMayHaveExpired={debt ? limitationMayHaveExpired(debt.id) : false}
        today={today}
      />
    </div>
  );
}

type PartChoice = 'all' | ReturnType<typeof buildComplaintPacket>['parts'][number]['kind'];

/** The letters are numbered in the order they are sent, counting only those in this packet. */
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

function PacketBuilder({
  debtId,
  defaultCreditorName,
  cardLast4,
  loanNumber,
  limitationMayHaveExpired,
  today,
}: {
  debtId: string;
  defaultCreditorName: string;
  /** A card's last 4 digits ('' for a loan). */
  cardLast4: string;
  /** A loan's contract or loan number ('' for a card). */
  loanNumber: string;
  limitationMayHaveExpired: boolean;
  today: ReturnType<typeof useToday>;
}) {
  const { t } = useI18n();
  const check = useConductLogCheck();
  const findings = useMemo(() => (check ? findingsForDebt(check.findings, debtId) : []), [check, debtId]);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [creditorName, setCreditorName] = useState(defaultCreditorName);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [creditRecordIssue, setCreditRecordIssue] = useState('');
  const [part, setPart] = useState<PartChoice>('all');
  const [keepNegotiation, setKeepNegotiation] = useState(false);
  const offerToNegotiate = !limitationMayHaveExpired || keepNegotiation;

  const selected = useMemo(() => findings.filter((f) => !excluded.has(f.ruleId)), [findings, excluded]);
  const entryIds = useMemo(() => [...new Set(selected.flatMap((f) => f.entryIds))].sort(), [selected]);
  const attachments = useAttachmentsFor(entryIds);
  const entries = useContactsByIds(entryIds);
  const context = check?.contexts.find((c) => c.debtId === debtId) ?? DEFAULT_CONDUCT_CONTEXT;

  const packet = useMemo(
    () =>
      attachments === null || entries === null || selected.length === 0
        ? null
        : buildComplaintPacket({
            today,
            creditorName,
            creditorType: context.creditorType,
            cardLast4,
            loanNumber,
            complainantName: name,
            complainantPhone: phone,
            findings: selected,
            entries,
            attachments,
            creditRecordIssue,
            findSource,
            offerToNegotiate,
          }),
    [
      attachments,
      entries,
      selected,
      today,
      creditorName,
      context.creditorType,
      cardLast4,
      loanNumber,
      name,
      phone,
      creditRecordIssue,
      offerToNegotiate,
    ],
  );

  if (findings.length === 0) return <p className="empty">{t('conduct.packet.noFindings')}</p>;

  const parts = packet?.parts ?? [];
  const choices: PartChoice[] = ['all', ...parts.map((p) => p.kind)];
  // A part can disappear when findings are deselected (e.g. the 110 statement): fall back to all.
  const current: PartChoice = choices.includes(part) ? part : 'all';
  const letters = choices.filter((c) => c.startsWith('letter-'));
  const partLabel = (c: PartChoice) => {
    const name = t(`conduct.packet.part.${c}`);
    const n = letters.indexOf(c);
    return n < 0 ? name : t('conduct.packet.part.numbered', { number: CIRCLED[n] ?? String(n + 1), name });
  };
  const shown =
    current === 'all' ? (packet ? combinePacket(packet) : null) : parts.find((p) => p.kind === current)?.document;

  return (
    <>
      {limitationMayHaveExpired && (
        <div className="notice notice-warning" role="alert">
          <p>{t('conduct.packet.limitation.warning')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={keepNegotiation} onChange={(e) => setKeepNegotiation(e.target.checked)} />{' '}
            {t('conduct.packet.limitation.keep')}
          </label>
        </div>
      )}
      <TextField
        label={t('conduct.packet.creditorName')}
        name="creditorName"
        autoComplete="off"
        value={creditorName}
        onChange={(e) => setCreditorName(e.target.value)}
      />
      <fieldset className="fieldset">
        <legend>{t('conduct.packet.findings')}</legend>
        <div className="chip-group chip-group-wide">
          {findings.map((f) => (
            <label key={f.ruleId} className="chip chip-check">
              <input
                type="checkbox"
                className="chip-input"
                checked={!excluded.has(f.ruleId)}
                onChange={() =>
                  setExcluded((s) => {
                    const next = new Set(s);
                    if (next.has(f.ruleId)) next.delete(f.ruleId);
                    else next.add(f.ruleId);
                    return next;
                  })
                }
              />
              <span className="chip-face">
                {t(`conduct.rule.${f.ruleId}`)} · {t(`conduct.force.${f.force}`)}
              </span>
            </label>
          ))}
        </div>
        {selected.length === 0 && (
          <p className="field-error" aria-live="polite">
            {t('conduct.packet.noneSelected')}
          </p>
        )}
      </fieldset>
      <details className="disclosure">
        <summary>{t('conduct.packet.more')}</summary>
        <TextField
          label={t('conduct.packet.name')}
          name="complainantName"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('conduct.packet.phone')}
          name="complainantPhone"
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <TextAreaField
          label={t('conduct.packet.creditRecord')}
          hint={t('conduct.packet.creditRecordHint')}
          name="creditRecordIssue"
          rows={2}
          value={creditRecordIssue}
          onChange={(e) => setCreditRecordIssue(e.target.value)}
        />
      </details>
      <p className="notice">{t('conduct.packet.truthful')}</p>
      {packet && (
        <>
          <fieldset className="fieldset no-print">
            <legend>{t('conduct.packet.part')}</legend>
            <div className="chip-group">
              {choices.map((c) => (
                <label key={c} className="chip">
                  <input
                    type="radio"
                    className="chip-input"
                    name="packetPart"
                    value={c}
                    checked={current === c}
                    onChange={() => setPart(c)}
                  />
                  <span className="chip-face">{partLabel(c)}</span>
                </label>
              ))}
            </div>
            <p className="field-hint">{t(`conduct.packet.step.${current}`)}</p>
          </fieldset>
          {shown && <PrintPreview document={shown} />}
        </>
      )}
    </>
  );
}
