'use client';

import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { FormActions } from '@/components/ui/FormActions';
import { describedBy, Field } from '@/components/ui/Field';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { CREATE_SERVER, UPDATE_SERVER } from '@/lib/graphql/documents/traffic';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { Server, ServerKind, ServerWithToken } from '@/lib/graphql/models';
import { SERVER_KINDS } from './kinds';

/** Create a server (name, kind) — its token is shown by the caller — or rename one. */
export function ServerFormModal({
  server,
  onClose,
  onCreated,
  onSaved,
}: {
  server?: Server;
  onClose: () => void;
  onCreated?: (created: ServerWithToken) => void;
  onSaved?: (server: Server) => void;
}) {
  const editing = !!server;
  const [nameError, setNameError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [kind, setKind] = useState<ServerKind>(server?.kind ?? 'WEBHOOK');

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
    if (!name) return setNameError('Give the server a name, e.g. “de-fra-1” or “Lobby router”');
    if (name.length > 100) return setNameError('At most 100 characters');
    setNameError(null);
    setPending(true);
    setApiError(null);
    try {
      if (server) {
        if (name === server.name) return onClose();
        const d = await gql(UPDATE_SERVER, { id: server.id, input: { name } });
        onSaved?.(d.updateServer);
      } else {
        const d = await gql(CREATE_SERVER, { input: { name, kind } });
        onCreated?.(d.createServer);
      }
    } catch (err) {
      setApiError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal
      title={editing ? `Rename ${server.name}` : 'New server'}
      description={editing ? 'The name is only for you; the token stays the same.' : 'A traffic source: a VPN node, a panel inbound or a router. It gets its own ingest token.'}
      onClose={onClose}
      busy={pending}
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="server-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          <Field id="server-name" label="Name" error={nameError} full>
            <input {...describedBy('server-name', nameError)} name="name" className="input" autoComplete="off" maxLength={120} defaultValue={server?.name ?? ''} />
          </Field>
          {!editing && (
            <Field id="server-kind" label="Kind" hint={SERVER_KINDS.find((k) => k.kind === kind)?.hint} full>
              <select {...describedBy('server-kind', null, true)} name="kind" className="select" value={kind} onChange={(e) => setKind(e.target.value as ServerKind)}>
                {SERVER_KINDS.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={editing ? 'Save name' : 'Create server'} />
      </form>
    </Modal>
  );
}
