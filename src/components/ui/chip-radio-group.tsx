/**
 * One choice out of a few, as big tappable chips in a fieldset (how they got in touch, who was
 * contacted). The error under the chips is linked to the fieldset (aria-describedby,
 * aria-invalid), so a screen reader announces it with the group, as field.tsx does for a field.
 */
import type { ReactNode } from 'react';

export function ChipRadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
  error,
  children,
}: {
  /** The radios' name; also names the error element (`<name>-error`). */
  name: string;
  legend: string;
  options: readonly T[];
  value: T | '';
  label: (option: T) => string;
  onChange: (option: T) => void;
  error?: string;
  /** Shown below the error, inside the group (e.g. a follow-up field). */
  children?: ReactNode;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="fieldset"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="chip-group">
        {options.map((option) => (
          <label key={option} className="chip">
            <input
              type="radio"
              className="chip-input"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span className="chip-face">{label(option)}</span>
          </label>
        ))}
      </div>
      <p id={errorId} className="field-error" aria-live="polite">
        {error ?? ''}
      </p>
      {children}
    </fieldset>
  );
}
