import type { ReactNode } from 'react';
import { Field, describedBy } from './Field';
import { limitToGbField } from '@/lib/format';

/** A byte limit entered in GB; empty means unlimited (unless `required`, where the hint says why). */
export function GbLimitField({
  id,
  name,
  label,
  error,
  value,
  hint = 'Empty = unlimited.',
  required,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  error?: string | null;
  value: string | null | undefined;
  hint?: ReactNode;
  required?: boolean;
  onChange?: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <div className="input-group">
        <input
          {...describedBy(id, error, true)}
          name={name}
          className="input"
          inputMode="decimal"
          placeholder={required ? 'e.g. 10' : 'Unlimited'}
          aria-required={required || undefined}
          defaultValue={limitToGbField(value)}
          onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        />
        <span className="input-suffix">GB</span>
      </div>
    </Field>
  );
}
