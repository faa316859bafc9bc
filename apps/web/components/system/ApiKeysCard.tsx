'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconKey } from '@/components/ui/Icons';
import { When } from '@/components/ui/When';
import { gql } from '@/lib/graphql/client';
import { CREATE_API_KEY, REVOKE_API_KEY } from '@/lib/graphql/documents/system';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ApiKey, CreatedApiKey } from '@/lib/graphql/models';

/** API keys: list, create (secret shown once, with a copy button), revoke with confirmation. */
export function ApiKeysCard({ keys }: { keys: ApiKey[] }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError({ code: 'BAD_USER_INPUT', message: 'Give the key a name, e.g. "billing script".' });
      return;
    }
    setPending(true);
    setError(null);
    try {
      const data = await gql(CREATE_API_KEY, { name: name.trim() });
      setCreated(data.createApiKey);
      setCopied(false);
      setName('');
      router.refresh();
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setPending(false);
    }
  }

  async function copy(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Clipboard API needs a secure context; select the text so it can be copied by hand.
      const el = document.getElementById('api-key-secret');
      if (el) {
        const range = document.createRange();
        range.selectNodeContents(el);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  }

  return (
    <section className="card" data-testid="api-keys">
      <div className="card-head">
        <div>
          <h2>API keys</h2>
          <p>For scripts and integrations. A key acts as your account; send it as “Authorization: Bearer &lt;key&gt;”.</p>
        </div>
      </div>
      <div className="card-body stack" style={{ gap: 14 }}>
        <form className="row wrap" onSubmit={onCreate} aria-label="Create API key">
          <label htmlFor="api-key-name" className="sr-only">
            Key name
          </label>
          <input id="api-key-name" className="input" style={{ maxWidth: 320 }} placeholder="Key name, e.g. billing script" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
          <Button type="submit" variant="primary" pending={pending}>
            Create key
          </Button>
        </form>
        {error && <ErrorAlert code={error.code} message={error.message} />}
        {created && (
          <div className="alert success" role="status" data-testid="api-key-created">
            <div style={{ flex: 1 }}>
              <div style={{ marginBottom: 8 }}>
                <strong>Key “{created.apiKey.name}” created.</strong> Copy the secret now: it won&apos;t be shown again.
              </div>
              <div className="secret-box">
                <code id="api-key-secret" data-testid="api-key-secret">
                  {created.secret}
                </code>
                <Button size="sm" type="button" onClick={() => copy(created.secret)}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              </div>
              <div style={{ marginTop: 8 }}>
                <Button size="sm" variant="ghost" type="button" onClick={() => setCreated(null)}>
                  I&apos;ve saved it
                </Button>
              </div>
            </div>
          </div>
        )}
      </div>
      {keys.length === 0 ? (
        <EmptyState title="No API keys" icon={<IconKey />}>
          Create a key to let a script call the API without your password.
        </EmptyState>
      ) : (
        <div className="table-wrap" style={{ borderTop: '1px solid var(--border)' }}>
          <table className="table" data-testid="api-keys-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Key</th>
                <th>Created</th>
                <th>Last used</th>
                <th>Status</th>
                <th className="actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} data-testid={`api-key-row-${k.name}`}>
                  <td className="primary-cell">{k.name}</td>
                  <td>
                    <span className="mono">{k.prefix}…</span>
                  </td>
                  <td className="nowrap">
                    <When iso={k.createdAt} time />
                  </td>
                  <td className="nowrap">
                    <When iso={k.lastUsedAt} time empty="Never" />
                  </td>
                  <td>{k.revokedAt ? <Badge tone="gray">Revoked</Badge> : <Badge tone="green">Active</Badge>}</td>
                  <td className="actions">
                    {!k.revokedAt && (
                      <Button size="sm" variant="ghost" className="danger-text" onClick={() => setRevoking(k)} aria-label={`Revoke ${k.name}`}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoking && (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke key"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await gql(REVOKE_API_KEY, { id: revoking.id });
            router.refresh();
          }}
        >
          Scripts using this key stop working at once. This can&apos;t be undone.
        </ConfirmDialog>
      )}
    </section>
  );
}
