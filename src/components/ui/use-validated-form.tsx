/**
 * The state every form of typed input shares: the input exactly as typed, one issue code per
 * field after a submit, the "有 N 处需要修改" summary that takes focus, and an all-or-nothing
 * save that reports a storage failure without losing the input. Each form supplies how to
 * validate, how to word an issue, and what saving means.
 */
import { useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import type { Validated } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { toStorageErrorCode } from '../../storage/storage-error';

/** A form's fields are the keys of its input (e.g. `DebtFormField = keyof DebtFormInput`). */
type FieldOf<Input> = Extract<keyof Input, string>;

export interface ValidatedForm<Input> {
  form: Input;
  setForm: Dispatch<SetStateAction<Input>>;
  /** onChange for a text-like field: stores the value as typed. */
  set: (field: FieldOf<Input>) => (e: { target: { value: string } }) => void;
  /** The message for a field's issue, if it has one. */
  error: (field: FieldOf<Input>) => string | undefined;
  issueCount: number;
  saving: boolean;
  saveError: string | null;
  submit: (e: FormEvent) => Promise<void>;
  summaryRef: React.RefObject<HTMLParagraphElement | null>;
}

export function useValidatedForm<Input, Issue extends string, Value>({
  initial,
  validate,
  issueMessage,
  save,
}: {
  initial: () => Input;
  validate: (input: Input) => Validated<Value, Issue>;
  issueMessage: (issue: Issue) => string;
  save: (value: Value) => Promise<void>;
}): ValidatedForm<Input> {
  const { t } = useI18n();
  const [form, setForm] = useState<Input>(initial);
  const [issues, setIssues] = useState<Partial<Record<string, Issue>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const set = (field: FieldOf<Input>) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [field]: value }));
  };
  const error = (field: FieldOf<Input>) => {
    const issue = issues[field];
    return issue ? issueMessage(issue) : undefined;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaveError(null);
    const result = validate(form);
    if (!result.ok) {
      setIssues(result.issues);
      summaryRef.current?.focus();
      return;
    }
    setIssues({});
    setSaving(true);
    try {
      await save(result.value);
    } catch (err) {
      setSaveError(t(`error.storage.${toStorageErrorCode(err)}`));
    } finally {
      setSaving(false);
    }
  }

  return {
    form,
    setForm,
    set,
    error,
    issueCount: Object.keys(issues).length,
    saving,
    saveError,
    submit,
    summaryRef,
  };
}

/** The summary at the top of a form: empty and hidden until a submit finds issues. */
export function ErrorSummary({
  summaryRef,
  issueCount,
  text,
}: {
  summaryRef: React.RefObject<HTMLParagraphElement | null>;
  issueCount: number;
  /** The sentence to show when there are issues. */
  text: string;
}) {
  return (
    <p
      ref={summaryRef}
      tabIndex={-1}
      className={issueCount ? 'form-error-summary' : 'visually-hidden'}
      aria-live="assertive"
    >
      {issueCount ? text : ''}
    </p>
  );
}
