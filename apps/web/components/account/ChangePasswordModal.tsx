'use client';

import { useState, type FormEvent } from 'react';
import { ErrorCode, passwordSchema } from '@tm/shared';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { FormActions } from '@/components/ui/FormActions';
import { describedBy, Field } from '@/components/ui/Field';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { CHANGE_PASSWORD } from '@/lib/graphql/documents/accounts';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';

type FieldName = 'currentPassword' | 'newPassword' | 'confirmPassword';
type Errors = Partial<Record<FieldName, string>>;

const ORDER: FieldName[] = ['currentPassword', 'newPassword', 'confirmPassword'];

/** BAD_USER_INPUT from `changePassword` → the field it is about (the API names `currentPassword`; anything else is the new one). */
function fieldErrors(err: unknown): Errors | null {
  if (!(err instanceof GqlError) || err.code !== ErrorCode.BAD_USER_INPUT) return null;
  const fields = (err.extensions.fields ?? {}) as Record<string, unknown>;
  if (fields.currentPassword) return { currentPassword: err.message };
  const detail = fields.newPassword ?? fields._ ?? Object.values(fields)[0];
  return { newPassword: typeof detail === 'string' && detail ? detail : err.message };
}

/** The signed-in account changes its own password: current, new, and the new one again. */
export function ChangePasswordModal({ username, onClose, onChanged }: { username: string; onClose: () => void; onChanged: () => void }) {
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  function show(form: HTMLFormElement, next: Errors) {
    setErrors(next);
    const first = ORDER.find((name) => next[name]);
    if (first) form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const currentPassword = String(f.get('currentPassword') ?? '');
    const newPassword = String(f.get('newPassword') ?? '');
    const confirmPassword = String(f.get('confirmPassword') ?? '');

    const next: Errors = {};
    if (!currentPassword) next.currentPassword = 'Enter your current password';
    const p = passwordSchema.safeParse(newPassword);
    if (!p.success) next.newPassword = p.error.issues[0]?.message;
    else if (confirmPassword !== newPassword) next.confirmPassword = "Doesn't match the new password";
    show(form, next);
    setApiError(null);
    if (Object.keys(next).length > 0) return;

    setPending(true);
    try {
      await gql(CHANGE_PASSWORD, { currentPassword, newPassword });
      onChanged();
    } catch (err) {
      const inline = fieldErrors(err);
      if (inline) show(form, inline);
      else setApiError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal
      title="Change password"
      description={
        <>
          For <b>{username}</b>. You stay signed in; use the new password next time.
        </>
      }
      onClose={onClose}
      size="sm"
      busy={pending}
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="change-password-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <Field id="account-currentPassword" label="Current password" error={errors.currentPassword}>
          <input
            {...describedBy('account-currentPassword', errors.currentPassword)}
            name="currentPassword"
            type="password"
            className="input"
            autoComplete="current-password"
          />
        </Field>
        <Field id="account-newPassword" label="New password" error={errors.newPassword} hint="At least 8 characters.">
          <input {...describedBy('account-newPassword', errors.newPassword, true)} name="newPassword" type="password" className="input" autoComplete="new-password" />
        </Field>
        <Field id="account-confirmPassword" label="Confirm new password" error={errors.confirmPassword}>
          <input
            {...describedBy('account-confirmPassword', errors.confirmPassword)}
            name="confirmPassword"
            type="password"
            className="input"
            autoComplete="new-password"
          />
        </Field>
        {/* For password managers: which account this password belongs to (after the fields, so the dialog focuses "Current password"). */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <FormActions onCancel={onClose} pending={pending} submitLabel="Change password" />
      </form>
    </Modal>
  );
}
