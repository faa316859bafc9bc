'use client';

import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { FormActions } from '@/components/ui/FormActions';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { CREATE_SPEED_PROFILE, UPDATE_SPEED_PROFILE } from '@/lib/graphql/documents/bandwidth';
import type { SpeedProfile, SpeedProfileInput } from '@/lib/graphql/models';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import { normalizeRateText, rateError, VALIDITY_PATTERN } from '@/lib/rates';

type FieldName = 'name' | 'down' | 'up' | 'price' | 'validity';
type Errors = Partial<Record<FieldName, string>>;
const ORDER: FieldName[] = ['name', 'down', 'up', 'price', 'validity'];

function validate(v: Record<FieldName, string>): Errors {
  const e: Errors = {};
  if (!v.name.trim()) e.name = 'Give the profile a name, e.g. BASIC';
  else if (v.name.trim().length > 50) e.name = 'At most 50 characters';
  e.down = rateError(v.down, 'Download') ?? undefined;
  e.up = rateError(v.up, 'Upload') ?? undefined;
  const price = v.price.trim().replace(',', '.');
  if (price && !(/^\d+(\.\d{1,2})?$/.test(price) && Number(price) <= 1e9)) e.price = 'A price like 5 or 10.50, not negative (or empty)';
  if (v.validity.trim() && !VALIDITY_PATTERN.test(v.validity.trim())) e.validity = 'Like 30m, 1h, 2d or 1w (or empty)';
  return e;
}

/** A speed tier to pick when setting limits: name, speeds in RouterOS form, optional price and validity. */
export function ProfileFormModal({ profile, onClose, onSaved }: { profile?: SpeedProfile; onClose: () => void; onSaved: (p: SpeedProfile, created: boolean) => void }) {
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  /** A field's error goes once it is edited. */
  function clearError(e: FormEvent<HTMLFormElement>) {
    const name = (e.target as HTMLInputElement).name as FieldName;
    if (errors[name]) setErrors((prev) => ({ ...prev, [name]: undefined }));
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const v = Object.fromEntries(ORDER.map((k) => [k, String(data.get(k) ?? '')])) as Record<FieldName, string>;
    const next = validate(v);
    setErrors(next);
    const first = ORDER.find((k) => next[k]);
    if (first) {
      form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const input: SpeedProfileInput = {
      name: v.name.trim(),
      down: normalizeRateText(v.down),
      up: normalizeRateText(v.up),
      price: v.price.trim() ? Number(v.price.trim().replace(',', '.')) : null,
      validity: v.validity.trim() || null,
    };
    setPending(true);
    setApiError(null);
    try {
      if (profile) {
        const patch: Partial<SpeedProfileInput> = {};
        for (const k of ['name', 'down', 'up', 'price', 'validity'] as const) if (input[k] !== profile[k]) (patch as Record<string, unknown>)[k] = input[k];
        if (Object.keys(patch).length === 0) return onClose();
        const d = await gql(UPDATE_SPEED_PROFILE, { id: profile.id, input: patch });
        onSaved(d.updateSpeedProfile, false);
      } else {
        const d = await gql(CREATE_SPEED_PROFILE, { input });
        onSaved(d.createSpeedProfile, true);
      }
    } catch (err) {
      const fields = err instanceof GqlError ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
      const inline: Errors = {};
      for (const k of ORDER) if (typeof fields[k] === 'string') inline[k] = fields[k] as string;
      setErrors(inline);
      setApiError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal
      title={profile ? `Edit ${profile.name}` : 'New speed profile'}
      description={
        profile
          ? 'Speeds in RouterOS form (K = 1000 bits per second). Limits already set from this profile keep their speeds until set again.'
          : 'Speeds in RouterOS form (K = 1000 bits per second). The profile is offered as a card when setting a limit.'
      }
      onClose={onClose}
      busy={pending}
    >
      <form className="form" onSubmit={onSubmit} onChange={clearError} noValidate data-testid="profile-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          <Field id="profile-name" label="Name" error={errors.name} full>
            <input {...describedBy('profile-name', errors.name)} name="name" className="input" autoComplete="off" maxLength={60} defaultValue={profile?.name ?? ''} placeholder="e.g. GAMER" />
          </Field>
          <Field id="profile-down" label="Download" hint="e.g. 10M" error={errors.down}>
            <input {...describedBy('profile-down', errors.down, true)} name="down" className="input mono" autoComplete="off" spellCheck={false} defaultValue={profile?.down ?? ''} />
          </Field>
          <Field id="profile-up" label="Upload" hint="e.g. 5M" error={errors.up}>
            <input {...describedBy('profile-up', errors.up, true)} name="up" className="input mono" autoComplete="off" spellCheck={false} defaultValue={profile?.up ?? ''} />
          </Field>
          <Field id="profile-price" label="Price" hint="Optional, what you charge" error={errors.price}>
            <input {...describedBy('profile-price', errors.price, true)} name="price" className="input" inputMode="decimal" autoComplete="off" defaultValue={profile?.price ?? ''} />
          </Field>
          <Field id="profile-validity" label="Validity" hint="Optional: 30m, 1h, 2d or 1w" error={errors.validity}>
            <input {...describedBy('profile-validity', errors.validity, true)} name="validity" className="input mono" autoComplete="off" spellCheck={false} defaultValue={profile?.validity ?? ''} />
          </Field>
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={profile ? 'Save profile' : 'Create profile'} />
      </form>
    </Modal>
  );
}
