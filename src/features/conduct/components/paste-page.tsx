/**
 * 粘贴短信/微信: the person pastes (or shares from the SMS app) one or more collector messages;
 * Shore reads them on the phone and shows each suggested tick with the words it came from,
 * highlighted in the message. The person removes what is wrong, confirms or picks the debt
 * (proposed from the text, never chosen silently) and saves: one entry per message, the
 * message verbatim as its quote, and the rule check gives the findings. Pasted HTML is shown
 * and read as text only (React escapes it), and refused with a message, as are empty, overlong
 * and binary pastes; nothing is saved then.
 *
 * A share (Android share sheet, manifest `share_target`) arrives as `?title=&text=&url=`: the
 * page takes them into the field and removes them from the address at once, so nothing about a
 * debt stays in the URL or the history.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ChipRadioGroup } from '../../../components/ui/chip-radio-group';
import { TextAreaField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import { useToday } from '../../../components/use-today';
import {
  checkPaste,
  MAX_MESSAGE_CHARS,
  MAX_PASTE_CHARS,
  messageTooLong,
} from '../../../domain/conduct/message-reader/check-paste';
import type { MessageBehaviour } from '../../../domain/conduct/message-reader/lexicon-types';
import {
  readCollectionMessage,
  type MessageReading,
  type ReadMessage,
} from '../../../domain/conduct/message-reader/read-message';
import { messageToContactForm } from '../../../domain/conduct/message-reader/to-contact';
import { validateContactForm } from '../../../domain/conduct/validate-contact';
import type { ContactEntryFields } from '../../../domain/conduct/contact';
import type { Debt } from '../../../domain/debt';
import { useI18n } from '../../../i18n/i18n';
import { useDebts } from '../../../storage/hooks';
import { addContact } from '../../../storage/repos/contacts-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';
import { debtLabel } from '../debt-label';
import { nowLocal } from '../now';
import '../conduct.css';

/** The debt choice for "not linked to a debt" (the chip group's '' means nothing chosen). */
const NO_DEBT = '-';
const CHANNELS = ['sms', 'app-message'] as const;
type PasteChannel = (typeof CHANNELS)[number];

/** What a share brought: title, text and url, each once. */
export function sharedText(search: string): string | null {
  const params = new URLSearchParams(search);
  const values = ['title', 'text', 'url'].map((k) => params.get(k)?.trim() ?? '').filter((v) => v !== '');
  // A title that the text repeats (apps often send the first line as the title) is left out.
  const parts = values.filter((v, i) => values.findIndex((w, j) => j !== i && w.includes(v) && (w !== v || j < i)) < 0);
  return parts.length > 0 ? parts.join('\n') : null;
}

/** The message's text with its hits marked; React renders every piece as text. */
function Highlighted({ message }: { message: ReadMessage }) {
  const spans = message.behaviours
    .flatMap((b) => b.hits)
    .map((h) => ({ start: h.start - message.start, end: h.end - message.start }))
    .sort((a, b) => a.start - b.start);
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(s.start, at);
    if (from > at) pieces.push(message.text.slice(at, from));
    pieces.push(<mark key={from}>{message.text.slice(from, s.end)}</mark>);
    at = s.end;
  }
  pieces.push(message.text.slice(at));
  return <p className="user-text paste-text">{pieces}</p>;
}

/** The one debt to propose for the whole paste: every message that names one names the same. */
function proposedDebt(reading: MessageReading | null): string | null {
  const ids = new Set(reading?.messages.map((m) => m.proposedDebtId).filter((id) => id !== null));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

export function PastePage({
  entryHref,
  listHref,
}: {
  /** Where one saved message goes: its entry, with its findings. */
  entryHref: (id: string) => string;
  /** Where several go: the log, with the findings over all of it. */
  listHref: string;
}) {
  const { t, date } = useI18n();
  const today = useToday();
  const debts = useDebts();
  const navigate = useNavigate();
  const location = useLocation();
  const [shared] = useState(() => sharedText(location.search));
  const [text, setText] = useState(shared ?? '');
  const [touched, setTouched] = useState(shared !== null);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [debtChoice, setDebtChoice] = useState<string | null>(null);
  const [debtError, setDebtError] = useState(false);
  const [channel, setChannel] = useState<PasteChannel>('sms');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The shared words are in the field now: take them out of the address (and so the history).
  useEffect(() => {
    if (location.search !== '') void navigate({ pathname: location.pathname, search: '' }, { replace: true });
  }, [location.pathname, location.search, navigate]);

  const issue = checkPaste(text);
  const readerDebts = useMemo(
    () => (debts ?? []).map((d) => ({ id: d.id, lender: d.lender, nickname: d.nickname, last4: d.last4 })),
    [debts],
  );
  const reading = useMemo(
    () => (issue === null ? readCollectionMessage(text, { today, debts: readerDebts }) : null),
    [issue, text, today, readerDebts],
  );
  const tooLong = reading?.messages.findIndex(messageTooLong) ?? -1;
  const proposed = proposedDebt(reading);
  const hasDebts = (debts?.length ?? 0) > 0;
  const chosenDebt = debtChoice ?? proposed ?? '';

  const fieldError = (() => {
    if (issue === 'empty') return touched ? t('conduct.paste.issue.empty') : undefined;
    if (issue === 'too-long') return t('conduct.paste.issue.too-long', { max: MAX_PASTE_CHARS });
    if (issue) return t(`conduct.paste.issue.${issue}`);
    if (tooLong >= 0) return t('conduct.paste.issue.message-too-long', { n: tooLong + 1, max: MAX_MESSAGE_CHARS });
    return undefined;
  })();

  const key = (i: number, b: MessageBehaviour) => `${i}:${b}`;
  const toggle = (k: string) =>
    setRemoved((set) => {
      const next = new Set(set);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });

  async function save() {
    setTouched(true);
    setSaveError(null);
    if (!reading || issue !== null || tooLong >= 0) {
      const field = formRef.current?.elements.namedItem('message');
      if (field instanceof HTMLTextAreaElement) field.focus();
      return;
    }
    if (hasDebts && chosenDebt === '') {
      setDebtError(true);
      return;
    }
    const debtId = chosenDebt === NO_DEBT ? '' : chosenDebt;
    const now = nowLocal();
    const entries: ContactEntryFields[] = [];
    for (const [i, m] of reading.messages.entries()) {
      const kept = m.behaviours.map((b) => b.behaviour).filter((b) => !removed.has(key(i, b)));
      const valid = validateContactForm(messageToContactForm(m, { kept, debtId, channel, now }), today);
      if (!valid.ok) {
        setSaveError(t('conduct.paste.issue.message-too-long', { n: i + 1, max: MAX_MESSAGE_CHARS }));
        return;
      }
      entries.push(valid.value);
    }
    setSaving(true);
    try {
      const ids: string[] = [];
      for (const e of entries) ids.push(await addContact(e));
      showToast({ message: 'conduct.paste.saved', vars: { count: ids.length } }, 3000);
      await navigate(ids.length === 1 && ids[0] ? entryHref(ids[0]) : listHref, { replace: true });
    } catch (err) {
      setSaveError(t(`error.storage.${toStorageErrorCode(err)}`));
      setSaving(false);
    }
  }

  const partyLabel = (m: ReadMessage) => t(`conduct.party.${m.addressee.party ?? 'other'}`);
  const debtOptions = [...(debts ?? []).map((d: Debt) => d.id), NO_DEBT];
  const labelOf = (id: string) => {
    if (id === NO_DEBT) return t('conduct.debt.none');
    const d = debts?.find((x) => x.id === id);
    return d ? debtLabel(d, (last4) => t('conduct.debt.last4', { last4 })) : id;
  };

  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.paste.title')}</h1>
      <p className="muted">{t('conduct.paste.intro')}</p>
      <form
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextAreaField
          label={t('conduct.paste.label')}
          hint={shared !== null ? t('conduct.paste.fromShare') : t('conduct.paste.hint')}
          name="message"
          rows={6}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTouched(true);
            setRemoved(new Set());
          }}
          error={fieldError}
        />

        {reading && tooLong < 0 && (
          <section aria-labelledby="paste-messages">
            <h2 id="paste-messages" className="card-title">
              {t('conduct.paste.messages', { count: reading.messages.length })}
            </h2>
            {reading.messages.map((m, i) => (
              <article
                key={`${m.start}-${m.end}`}
                className="card paste-message"
                aria-label={t('conduct.paste.message', { n: i + 1 })}
              >
                {reading.messages.length > 1 && (
                  <h3 className="paste-message-title">{t('conduct.paste.message', { n: i + 1 })}</h3>
                )}
                <Highlighted message={m} />
                <p className="muted paste-meta">
                  {m.sender && <span>{t('conduct.paste.meta.sender', { value: m.sender.value })} </span>}
                  {m.date && m.time ? (
                    <span>{t('conduct.paste.meta.when', { date: date(m.date), time: m.time })}</span>
                  ) : (
                    <span>{t('conduct.paste.meta.noWhen')}</span>
                  )}
                </p>
                {m.addressee.to === 'third-party' && (
                  <p className="paste-meta">{t('conduct.paste.meta.thirdParty', { party: partyLabel(m) })}</p>
                )}
                {m.courtNotice && <p className="notice">{t('conduct.paste.courtNotice')}</p>}
                {m.warningNotice && <p className="notice">{t('conduct.paste.warningNotice')}</p>}
                {m.behaviours.length === 0 ? (
                  <p className="muted">{t('conduct.paste.noSuggestions')}</p>
                ) : (
                  <fieldset className="fieldset">
                    <legend>{t('conduct.paste.suggestions')}</legend>
                    <div className="chip-group chip-group-wide">
                      {m.behaviours.map((b) => (
                        <label key={b.behaviour} className="chip chip-check">
                          <input
                            type="checkbox"
                            className="chip-input"
                            name={`behaviour-${i}`}
                            value={b.behaviour}
                            checked={!removed.has(key(i, b.behaviour))}
                            onChange={() => toggle(key(i, b.behaviour))}
                          />
                          <span className="chip-face paste-suggestion">
                            <span>{t(`conduct.paste.behaviour.${b.behaviour}`)}</span>
                            <span className="paste-phrase user-text">
                              {t('conduct.paste.phrase', { phrase: b.hits.map((h) => `“${h.text}”`).join('、') })}
                            </span>
                          </span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                )}
              </article>
            ))}

            <ChipRadioGroup
              name="channel"
              legend={t('conduct.paste.channel')}
              options={CHANNELS}
              value={channel}
              label={(c) => t(`conduct.channel.${c}`)}
              onChange={setChannel}
            />

            {hasDebts && (
              <ChipRadioGroup
                name="debt"
                legend={t('conduct.paste.debt')}
                options={debtOptions}
                value={chosenDebt}
                label={labelOf}
                onChange={(id) => {
                  setDebtChoice(id);
                  setDebtError(false);
                }}
                error={debtError ? t('conduct.paste.debt.required') : undefined}
              >
                <p className="field-hint">
                  {proposed !== null && debtChoice === null
                    ? t('conduct.paste.debt.proposed')
                    : debtChoice === null
                      ? t('conduct.paste.debt.notProposed')
                      : ''}
                </p>
              </ChipRadioGroup>
            )}
          </section>
        )}

        {saveError && (
          <p className="form-error-summary" role="alert">
            {saveError}
          </p>
        )}
        <div className="save-bar">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('conduct.paste.save', { count: reading?.messages.length ?? 0 })}
          </button>
        </div>
      </form>
    </div>
  );
}
