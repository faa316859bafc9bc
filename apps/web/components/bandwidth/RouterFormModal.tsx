'use client';

import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { FormActions } from '@/components/ui/FormActions';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { CREATE_ROUTER, UPDATE_ROUTER } from '@/lib/graphql/documents/bandwidth';
import type { CreateRouterInput, Router, UpdateRouterInput } from '@/lib/graphql/models';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';

type FieldName = 'name' | 'host' | 'port' | 'username' | 'password';
type Errors = Partial<Record<FieldName, string>>;
const ORDER: FieldName[] = ['name', 'host', 'port', 'username', 'password'];

function validate(v: Record<FieldName, string>): Errors {
  const e: Errors = {};
  if (!v.name.trim()) e.name = 'Give the router a name, e.g. “Lobby”';
  else if (v.name.trim().length > 100) e.name = 'At most 100 characters';
  const host = v.host.trim();
  if (!host) e.host = 'The address the API reaches the router at, e.g. 192.168.88.1';
  else if (/\s|\/|:\/\//.test(host)) e.host = 'Only the host name or IP address, without http:// or a path';
  if (v.port.trim() && !/^\d{1,5}$/.test(v.port.trim())) e.port = 'A port number, e.g. 8728';
  else if (v.port.trim() && (Number(v.port) < 1 || Number(v.port) > 65535)) e.port = 'Between 1 and 65535';
  if (!v.username.trim()) e.username = 'The RouterOS user the API logs in as';
  return e;
}

/** Add a router (address, API login) or edit one; an empty password on edit keeps the stored one. */
export function RouterFormModal({ router, onClose, onSaved }: { router?: Router; onClose: () => void; onSaved: (r: Router, created: boolean) => void }) {
  const editing = !!router;
  const [tls, setTls] = useState(router?.tls ?? false);
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
    const port = v.port.trim() ? Number(v.port) : null;
    setPending(true);
    setApiError(null);
    try {
      if (router) {
        const input: UpdateRouterInput = {};
        if (v.name.trim() !== router.name) input.name = v.name.trim();
        if (v.host.trim() !== router.host) input.host = v.host.trim();
        if (port !== null && port !== router.port) input.port = port;
        if (v.username.trim() !== router.username) input.username = v.username.trim();
        if (tls !== router.tls) input.tls = tls;
        if (v.password) input.password = v.password;
        if (Object.keys(input).length === 0) return onClose();
        const d = await gql(UPDATE_ROUTER, { id: router.id, input });
        onSaved(d.updateRouter, false);
      } else {
        const input: CreateRouterInput = { name: v.name.trim(), host: v.host.trim(), username: v.username.trim(), password: v.password, tls };
        if (port !== null) input.port = port;
        const d = await gql(CREATE_ROUTER, { input });
        onSaved(d.createRouter, true);
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
      title={editing ? `Edit ${router.name}` : 'Add a router'}
      description="A MikroTik router with the API service enabled (IP → Services → api, or api-ssl with TLS)."
      onClose={onClose}
      busy={pending}
    >
      <form className="form" onSubmit={onSubmit} onChange={clearError} noValidate data-testid="router-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid router-grid">
          <Field id="router-name" label="Name" error={errors.name} full>
            <input {...describedBy('router-name', errors.name)} name="name" className="input" autoComplete="off" maxLength={120} defaultValue={router?.name ?? ''} />
          </Field>
          <Field id="router-host" label="Host" error={errors.host}>
            <input {...describedBy('router-host', errors.host)} name="host" className="input mono" autoComplete="off" spellCheck={false} placeholder="192.168.88.1" defaultValue={router?.host ?? ''} />
          </Field>
          <Field id="router-port" label="Port" hint={`Empty = ${tls ? 8729 : 8728}`} error={errors.port}>
            <input {...describedBy('router-port', errors.port, true)} name="port" className="input mono" inputMode="numeric" autoComplete="off" placeholder={tls ? '8729' : '8728'} defaultValue={router ? String(router.port) : ''} />
          </Field>
          <div className="field full">
            <label className="check">
              <input type="checkbox" name="tls" checked={tls} onChange={(e) => setTls(e.target.checked)} /> Use TLS (api-ssl)
            </label>
          </div>
          <Field id="router-username" label="API user" error={errors.username}>
            <input {...describedBy('router-username', errors.username)} name="username" className="input" autoComplete="off" spellCheck={false} defaultValue={router?.username ?? 'admin'} />
          </Field>
          <Field
            id="router-password"
            label="Password"
            hint={editing ? 'Leave empty to keep the current password' : 'Stored encrypted; empty if the user has none'}
            error={errors.password}
          >
            <input
              {...describedBy('router-password', errors.password, true)}
              name="password"
              type="password"
              className="input"
              autoComplete="new-password"
              placeholder={editing ? 'Leave empty to keep' : ''}
            />
          </Field>
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={editing ? 'Save router' : 'Add router'} />
      </form>
    </Modal>
  );
}
