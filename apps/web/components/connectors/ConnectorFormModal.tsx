'use client';

import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { FormActions } from '@/components/ui/FormActions';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { CREATE_CONNECTOR, UPDATE_CONNECTOR } from '@/lib/graphql/documents/connectors';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import { CONNECTOR_KINDS, connectorKindLabel } from './badges';
import type { Connector, ConnectorKind, CreateConnectorInput, UpdateConnectorInput } from './types';

type FieldName = 'name' | 'kind' | 'url' | 'username' | 'password' | 'totpSecret' | 'apiToken' | 'pollSeconds';
type Errors = Partial<Record<FieldName, string>>;
const ORDER: FieldName[] = ['name', 'kind', 'url', 'username', 'password', 'totpSecret', 'apiToken', 'pollSeconds'];

type Values = Record<FieldName, string>;

/** What the browser can tell before asking the API (which checks everything again and names each field). */
function validate(v: Values, editing: Connector | undefined, clearToken: boolean): Errors {
  const e: Errors = {};
  if (!v.name.trim()) e.name = 'Give the panel a name, e.g. “Marzban DE”';
  else if (v.name.trim().length > 100) e.name = 'At most 100 characters';
  const url = v.url.trim();
  if (!url) e.url = 'The panel’s address';
  else if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(url)) e.url = 'An http:// or https:// address, without ?query or #fragment';
  const hasToken = !!v.apiToken.trim() || (!!editing?.hasApiToken && !clearToken);
  if (!hasToken) {
    if (!v.username.trim()) e.username = 'The panel admin the portal logs in as (or give an API token)';
    if (!v.password && !editing?.hasPassword) e.password = 'Its password (or give an API token)';
  }
  const secret = v.totpSecret.replace(/\s+/g, '');
  if (secret && !/^[A-Za-z2-7]{16,128}=*$/.test(secret)) e.totpSecret = 'The base32 secret the panel shows when you turn on 2FA (16 characters or more)';
  const poll = v.pollSeconds.trim();
  if (poll && (!/^\d+$/.test(poll) || Number(poll) < 10 || Number(poll) > 86_400)) e.pollSeconds = 'Whole seconds, from 10 to 86400';
  return e;
}

/** Add a panel (kind, address, login, optional 2FA secret or API token, poll interval) or edit one; stored secrets are never shown. */
export function ConnectorFormModal({ connector, onClose, onSaved }: { connector?: Connector; onClose: () => void; onSaved: (c: Connector, created: boolean) => void }) {
  const editing = connector;
  const [kind, setKind] = useState<ConnectorKind>(connector?.kind ?? 'MARZBAN');
  const [deleteDepleted, setDeleteDepleted] = useState(connector?.deleteDepleted ?? false);
  const [clearTotp, setClearTotp] = useState(false);
  const [clearToken, setClearToken] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const kindInfo = CONNECTOR_KINDS.find((k) => k.kind === kind) ?? CONNECTOR_KINDS[0];

  function clearError(e: FormEvent<HTMLFormElement>) {
    const name = (e.target as HTMLInputElement).name as FieldName;
    if (errors[name]) setErrors((prev) => ({ ...prev, [name]: undefined }));
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const v = Object.fromEntries(ORDER.map((k) => [k, String(data.get(k) ?? '')])) as Values;
    v.kind = kind;
    const next = validate(v, connector, clearToken);
    setErrors(next);
    const first = ORDER.find((k) => next[k]);
    if (first) {
      form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const poll = v.pollSeconds.trim() ? Number(v.pollSeconds) : null;
    const totp = v.totpSecret.replace(/\s+/g, '').toUpperCase();
    setPending(true);
    setApiError(null);
    try {
      if (connector) {
        const input: UpdateConnectorInput = {};
        if (v.name.trim() !== connector.name) input.name = v.name.trim();
        if (v.url.trim() !== connector.url) input.url = v.url.trim();
        if (v.username.trim() && v.username.trim() !== connector.username) input.username = v.username.trim();
        if (v.password) input.password = v.password;
        if (totp) input.totpSecret = totp;
        else if (clearTotp) input.totpSecret = null;
        if (v.apiToken.trim()) input.apiToken = v.apiToken.trim();
        else if (clearToken) input.apiToken = null;
        if (poll !== null && poll !== connector.pollSeconds) input.pollSeconds = poll;
        if (deleteDepleted !== connector.deleteDepleted) input.deleteDepleted = deleteDepleted;
        if (Object.keys(input).length === 0) return onClose();
        const d = await gql(UPDATE_CONNECTOR, { id: connector.id, input });
        onSaved(d.updateConnector, false);
      } else {
        const input: CreateConnectorInput = { name: v.name.trim(), kind, url: v.url.trim(), deleteDepleted };
        if (v.username.trim()) input.username = v.username.trim();
        if (v.password) input.password = v.password;
        if (totp) input.totpSecret = totp;
        if (v.apiToken.trim()) input.apiToken = v.apiToken.trim();
        if (poll !== null) input.pollSeconds = poll;
        const d = await gql(CREATE_CONNECTOR, { input });
        onSaved(d.createConnector, true);
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

  const keep = editing ? 'Leave empty to keep' : '';
  return (
    <Modal
      title={editing ? `Edit ${editing.name}` : 'Add a connector'}
      description={
        editing
          ? `${connectorKindLabel(editing.kind)} panel. Stored secrets are never shown: leave them empty to keep them.`
          : 'A VPN panel the portal logs into as an admin: its users’ traffic is counted here, and users over their line are disabled there.'
      }
      onClose={onClose}
      busy={pending}
      size="lg"
    >
      <form className="form" onSubmit={onSubmit} onChange={clearError} noValidate data-testid="connector-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          <Field id="connector-name" label="Name" error={errors.name}>
            <input {...describedBy('connector-name', errors.name)} name="name" className="input" autoComplete="off" maxLength={120} defaultValue={connector?.name ?? ''} />
          </Field>
          <Field id="connector-kind" label="Panel" hint={editing ? 'The kind of a connector can’t change' : undefined} error={errors.kind}>
            <select
              {...describedBy('connector-kind', errors.kind, !!editing)}
              name="kind"
              className="select"
              value={kind}
              disabled={!!editing}
              onChange={(e) => setKind(e.target.value as ConnectorKind)}
            >
              {CONNECTOR_KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="connector-url" label="Address" hint={kindInfo.urlHint} error={errors.url} full>
            <input
              {...describedBy('connector-url', errors.url, true)}
              name="url"
              className="input mono"
              autoComplete="off"
              spellCheck={false}
              placeholder={kindInfo.placeholder}
              defaultValue={connector?.url ?? ''}
            />
          </Field>
          <Field id="connector-username" label="Admin username" error={errors.username}>
            <input {...describedBy('connector-username', errors.username)} name="username" className="input" autoComplete="off" spellCheck={false} defaultValue={connector?.username ?? ''} />
          </Field>
          <Field id="connector-password" label="Password" hint={editing?.hasPassword ? 'Leave empty to keep the stored password' : 'Stored encrypted, never shown again'} error={errors.password}>
            <input {...describedBy('connector-password', errors.password, true)} name="password" type="password" className="input" autoComplete="new-password" placeholder={editing?.hasPassword ? keep : ''} />
          </Field>
        </div>

        <fieldset className="form-section full">
          <legend>Two-factor, API token and polling</legend>
          <p className="hint">Optional. Most panels need only the admin login above.</p>
          <div className="form-grid">
            <Field
              id="connector-totp"
              label="2FA secret"
              hint={editing?.hasTotpSecret ? 'A secret is stored. Leave empty to keep it' : kind === 'XUI' ? 'If the panel asks for a code: the base32 secret it showed when 2FA was turned on' : 'Only if the panel asks for a two-factor code'}
              error={errors.totpSecret}
            >
              <input
                {...describedBy('connector-totp', errors.totpSecret, true)}
                name="totpSecret"
                className="input mono"
                autoComplete="off"
                spellCheck={false}
                placeholder={editing?.hasTotpSecret ? keep : ''}
                disabled={clearTotp}
              />
            </Field>
            <Field
              id="connector-token"
              label="API token"
              hint={editing?.hasApiToken ? 'A token is stored. Leave empty to keep it' : 'Where the panel has them (3x-ui v3): used instead of the username and password'}
              error={errors.apiToken}
            >
              <input
                {...describedBy('connector-token', errors.apiToken, true)}
                name="apiToken"
                type="password"
                className="input mono"
                autoComplete="new-password"
                placeholder={editing?.hasApiToken ? keep : ''}
                disabled={clearToken}
              />
            </Field>
            {editing?.hasTotpSecret && (
              <label className="check">
                <input type="checkbox" checked={clearTotp} onChange={(e) => setClearTotp(e.target.checked)} /> Remove the stored 2FA secret
              </label>
            )}
            {editing?.hasApiToken && (
              <label className="check" style={{ gridColumn: 2 }}>
                <input type="checkbox" checked={clearToken} onChange={(e) => setClearToken(e.target.checked)} /> Remove the stored API token
              </label>
            )}
            <Field id="connector-poll" label="Poll every (seconds)" hint="How often usage is read and decisions pushed; 10 to 86400. Empty = 60" error={errors.pollSeconds}>
              <input
                {...describedBy('connector-poll', errors.pollSeconds, true)}
                name="pollSeconds"
                className="input mono"
                inputMode="numeric"
                autoComplete="off"
                placeholder="60"
                defaultValue={connector ? String(connector.pollSeconds) : ''}
              />
            </Field>
            <div className="field full">
              <label className="check">
                <input type="checkbox" name="deleteDepleted" checked={deleteDepleted} onChange={(e) => setDeleteDepleted(e.target.checked)} /> Delete depleted users in the panel too
              </label>
              <span className="hint">When the portal deletes users over their data limit or past their expiry, delete them in the panel as well. Off: they are only disabled there.</span>
            </div>
          </div>
        </fieldset>
        <FormActions onCancel={onClose} pending={pending} submitLabel={editing ? 'Save connector' : 'Add connector'} />
      </form>
    </Modal>
  );
}
