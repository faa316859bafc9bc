'use client';

import { useState } from 'react';
import { describedBy, Field } from '@/components/ui/Field';
import { TimeZoneField } from '@/components/ui/TimeZoneField';
import { formatDateInZone, RESET_STRATEGIES, strategyLabel, type CycleErrors } from '@/lib/resets';
import type { DateTime, ResetStrategy } from '@/lib/graphql/models';

/**
 * The "Reset cycle" part of the user and agent forms: strategy, billing day (billing month only)
 * and time zone. Uncontrolled inputs named resetStrategy / billingDay / timeZone (read with
 * `cycleFromForm`); only the strategy is held here, to show the billing day when it applies.
 */
export function ResetCycleFields({
  idPrefix,
  what,
  strategy: savedStrategy = 'NONE',
  billingDay,
  timeZone,
  defaultTimeZone,
  nextResetAt,
  errors,
  onEdit,
}: {
  idPrefix: string;
  /** What goes back to zero, for the hint: "period usage", "charged usage". */
  what: string;
  strategy?: ResetStrategy | string;
  billingDay?: number | null;
  /** The saved zone (editing). */
  timeZone?: string | null;
  /** The system default (settings.timeZone) for a new one; null when unknown. */
  defaultTimeZone?: string | null;
  nextResetAt?: DateTime | null;
  errors: CycleErrors;
  onEdit?: () => void;
}) {
  const [strategy, setStrategy] = useState(savedStrategy);
  const id = (f: string) => `${idPrefix}-${f}`;
  const zone = timeZone ?? defaultTimeZone ?? null;
  const today = new Date().getDate();
  return (
    <fieldset className="form-section full" data-testid={`${idPrefix}-cycle`}>
      <legend>Reset cycle</legend>
      <p className="hint">
        When the {what} goes back to zero on its own, at midnight in the chosen time zone. Lifetime usage is kept.
        {nextResetAt && zone && strategy === savedStrategy && (
          <>
            {' '}
            Next reset: <b>{formatDateInZone(nextResetAt, zone)}</b>.
          </>
        )}
      </p>
      <div className="form-grid">
        <Field id={id('resetStrategy')} label="Resets" full={strategy !== 'BILLING_MONTH'}>
          <select
            {...describedBy(id('resetStrategy'), null)}
            name="resetStrategy"
            className="select"
            value={strategy}
            onChange={(e) => {
              setStrategy(e.target.value);
              onEdit?.();
            }}
          >
            {RESET_STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {s === 'NONE' ? 'None — only when reset by hand' : strategyLabel(s)}
              </option>
            ))}
          </select>
        </Field>
        {strategy === 'BILLING_MONTH' && (
          <Field id={id('billingDay')} label="Billing day" error={errors.billingDay} hint="1–31. Days 29–31 fall on the month's last day in shorter months.">
            <input
              {...describedBy(id('billingDay'), errors.billingDay, true)}
              name="billingDay"
              className="input"
              type="number"
              min={1}
              max={31}
              inputMode="numeric"
              defaultValue={billingDay ?? today}
              onChange={onEdit}
            />
          </Field>
        )}
        <TimeZoneField
          id={id('timeZone')}
          name="timeZone"
          defaultValue={timeZone ?? defaultTimeZone ?? ''}
          placeholder={defaultTimeZone ?? 'System default'}
          hint={timeZone ? undefined : defaultTimeZone ? `Default: ${defaultTimeZone}.` : 'Empty = the system default.'}
          error={errors.timeZone}
          full
          onChange={onEdit}
        />
      </div>
    </fieldset>
  );
}
