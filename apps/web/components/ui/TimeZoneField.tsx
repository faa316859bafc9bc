'use client';

import { useMemo, type ReactNode } from 'react';
import { timeZones } from '@/lib/resets';
import { describedBy, Field } from './Field';
import { useIsClient } from './useIsClient';

/**
 * An IANA time zone: free text with the browser's zones as suggestions (filled in once hydrated,
 * so the server and the hydrating browser render the same markup). Controlled when `value` is given.
 */
export function TimeZoneField({
  id,
  name,
  label = 'Time zone',
  value,
  defaultValue,
  placeholder = 'e.g. Europe/Berlin',
  hint,
  error,
  full,
  onChange,
}: {
  id: string;
  name?: string;
  label?: string;
  value?: string;
  defaultValue?: string;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  full?: boolean;
  onChange?: (zone: string) => void;
}) {
  const client = useIsClient();
  const zones = useMemo(() => (client ? timeZones() : []), [client]);
  const listId = `${id}-zones`;
  return (
    <Field id={id} label={label} hint={hint} error={error} full={full}>
      <input
        {...describedBy(id, error, !!hint)}
        name={name}
        className="input"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        {...(value !== undefined ? { value } : { defaultValue })}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </Field>
  );
}
