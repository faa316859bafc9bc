import { Field, describedBy } from './Field';
import { limitToGbField } from '@/lib/format';

/** A byte limit entered in GB; empty means unlimited. */
export function GbLimitField({ id, name, label, error, value }: { id: string; name: string; label: string; error?: string | null; value: string | null | undefined }) {
  return (
    <Field id={id} label={label} error={error} hint="Empty = unlimited.">
      <div className="input-group">
        <input {...describedBy(id, error, true)} name={name} className="input" inputMode="decimal" placeholder="Unlimited" defaultValue={limitToGbField(value)} />
        <span className="input-suffix">GB</span>
      </div>
    </Field>
  );
}
