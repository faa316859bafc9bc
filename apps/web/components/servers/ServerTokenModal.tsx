'use client';

import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import type { LiveConfig } from '@/components/live/useSubscription';
import type { ServerWithToken } from '@/lib/graphql/models';
import { CopyButton } from './CopyButton';
import { curlExample, useApiBaseUrl, webhookUrl } from './webhook';

/** The ingest token, shown once after creating a server or rotating its token, with how to use it. */
export function ServerTokenModal({
  created,
  rotated,
  live,
  publicApiUrl,
  onClose,
}: {
  created: ServerWithToken;
  rotated: boolean;
  live: LiveConfig;
  publicApiUrl: string | null;
  onClose: () => void;
}) {
  const base = useApiBaseUrl(live, publicApiUrl);
  const { server, token } = created;
  const curl = curlExample(base, token);
  return (
    <Modal
      title={rotated ? `New token for “${server.name}”` : `Server “${server.name}” created`}
      description={rotated ? 'The old token stopped working. Put this one into the traffic source.' : 'Give the traffic source this token; it sends it in the X-Server-Token header.'}
      onClose={onClose}
      size="lg"
      dismissible={false}
    >
      <div className="form" data-testid="server-token-dialog">
        <div className="alert warn" role="status">
          <div>
            <strong>Copy the token now.</strong> It is shown only once; only a hash is stored. If it gets lost, rotate the token.
          </div>
        </div>
        <div className="field">
          <span className="label">Ingest token</span>
          <div className="secret-box">
            <code id="server-token" data-testid="server-token">
              {token}
            </code>
            <CopyButton text={token} targetId="server-token" ariaLabel="Copy token" />
          </div>
        </div>
        <div className="field">
          <span className="label">Webhook URL</span>
          <div className="copy-line">
            <code id="webhook-url" data-testid="webhook-url">
              {webhookUrl(base)}
            </code>
            <CopyButton text={webhookUrl(base)} targetId="webhook-url" ariaLabel="Copy webhook URL" />
          </div>
          <span className="hint">
            POST one JSON sample, a JSON array, or NDJSON. Fields: <code>user_token</code> (username or user token),{' '}
            <code>bytes_uploaded</code>, <code>bytes_downloaded</code>, optional <code>protocol</code>, <code>id</code> (counted once
            however often re-sent) and <code>at</code> (ISO time).
          </span>
        </div>
        <div className="field">
          <div className="row">
            <span className="label">Try it</span>
            <span className="spacer" />
            <CopyButton text={curl} targetId="curl-example" label="Copy command" ariaLabel="Copy curl command" />
          </div>
          <pre className="code-block" id="curl-example" data-testid="curl-example">
            {curl}
          </pre>
          <span className="hint">
            Answers <code>{'{"accepted":1,"duplicates":0,"rejected":[]}'}</code>; 401 for a wrong token, 503 while tracking is off.
          </span>
        </div>
        <div className="form-actions">
          <Button variant="primary" type="button" onClick={onClose} data-autofocus>
            I&apos;ve saved the token
          </Button>
        </div>
      </div>
    </Modal>
  );
}
