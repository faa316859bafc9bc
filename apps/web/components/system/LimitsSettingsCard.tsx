'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { Notice, useNotice } from '@/components/ui/Notice';
import { gql } from '@/lib/graphql/client';
import { UPDATE_SETTINGS } from '@/lib/graphql/documents/system';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import type { Settings, SettingsInput } from '@/lib/graphql/models';

const MAX_INTERVAL = 1440;
const MIN_SECRET = 16;

type Errors = Partial<Record<'interval' | 'url' | 'secret', string>>;

function validUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

const every = (m: number) => (m === 1 ? 'every minute' : m % 60 === 0 ? `every ${m / 60 === 1 ? 'hour' : `${m / 60} hours`}` : `every ${m} minutes`);

/**
 * Limit enforcement and alert delivery: how often every agent is checked, and the outgoing alert
 * webhook (URL, and a signing secret that is write-only: shown as set / not set, replaceable).
 */
export function LimitsSettingsCard({ initial }: { initial: Settings }) {
  const router = useRouter();
  const [settings, setSettings] = useState(initial);
  const [interval, setIntervalText] = useState(String(initial.enforcementIntervalMinutes));
  const [url, setUrl] = useState(initial.alertWebhookUrl ?? '');
  const [replacing, setReplacing] = useState(false);
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useNotice();
  const [removing, setRemoving] = useState(false);

  async function removeSecret() {
    setRemoving(true);
    setApiError(null);
    try {
      const saved = (await gql(UPDATE_SETTINGS, { input: { alertWebhookSecret: null } })).updateSettings;
      setSettings((s) => ({ ...s, alertWebhookSecretSet: saved.alertWebhookSecretSet }));
      setNotice('Saved: webhook requests are no longer signed.');
    } catch (err) {
      setApiError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setRemoving(false);
    }
  }

  const input: SettingsInput = {};
  const minutes = Number(interval.trim());
  if (interval.trim() !== String(settings.enforcementIntervalMinutes)) input.enforcementIntervalMinutes = minutes;
  if (url.trim() !== (settings.alertWebhookUrl ?? '')) input.alertWebhookUrl = url.trim() || null;
  if (replacing && secret) input.alertWebhookSecret = secret;
  const dirty = Object.keys(input).length > 0;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    if (!/^\d{1,4}$/.test(interval.trim()) || minutes < 1 || minutes > MAX_INTERVAL) next.interval = `A whole number of minutes from 1 to ${MAX_INTERVAL}`;
    if (url.trim() && !validUrl(url.trim())) next.url = 'An http:// or https:// address, or empty to turn the webhook off';
    if (replacing && secret && secret.length < MIN_SECRET) next.secret = `At least ${MIN_SECRET} characters`;
    if (replacing && !secret) next.secret = 'Enter the new secret, or cancel';
    setErrors(next);
    if (Object.keys(next).length > 0 || !dirty) return;

    setPending(true);
    setApiError(null);
    try {
      const saved = (await gql(UPDATE_SETTINGS, { input })).updateSettings;
      setSettings(saved);
      setIntervalText(String(saved.enforcementIntervalMinutes));
      setUrl(saved.alertWebhookUrl ?? '');
      setSecret('');
      setReplacing(false);
      const parts: string[] = [];
      if (input.enforcementIntervalMinutes !== undefined) parts.push(`agents are checked ${every(saved.enforcementIntervalMinutes)}`);
      if (input.alertWebhookUrl !== undefined) parts.push(saved.alertWebhookUrl ? 'alerts go to the new webhook' : 'the alert webhook is off');
      if (input.alertWebhookSecret !== undefined) parts.push('the signing secret is replaced');
      setNotice(`Saved: ${parts.join(', ')}.`);
      router.refresh(); // the jobs table shows the new interval
    } catch (err) {
      const fields = err instanceof GqlError ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
      const inline: Errors = {};
      if (typeof fields.enforcementIntervalMinutes === 'string') inline.interval = fields.enforcementIntervalMinutes;
      if (typeof fields.alertWebhookUrl === 'string') inline.url = fields.alertWebhookUrl;
      if (typeof fields.alertWebhookSecret === 'string') inline.secret = fields.alertWebhookSecret;
      setErrors(inline);
      setApiError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="card" data-testid="limits-settings">
      <div className="card-head">
        <div>
          <h2>Limit enforcement and alerts</h2>
          <p>How often agents are held to their limits, and where alerts at 75, 90 and 100 % are sent.</p>
        </div>
      </div>
      <form className="card-body form" onSubmit={onSubmit} noValidate aria-label="Limit enforcement and alerts">
        <Notice text={notice} onClose={() => setNotice(null)} />
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid settings-grid">
          <Field
            id="enforcement-interval"
            label="Check every agent every"
            error={errors.interval}
            hint={`From 1 to ${MAX_INTERVAL}. Suspends the users of agents over their limit and resumes them when back under; traffic reports are also checked as they arrive.`}
            full
          >
            <div className="input-group" style={{ maxWidth: 200 }}>
              <input
                {...describedBy('enforcement-interval', errors.interval, true)}
                className="input"
                inputMode="numeric"
                value={interval}
                onChange={(e) => setIntervalText(e.target.value)}
              />
              <span className="input-suffix">minutes</span>
            </div>
          </Field>
          <Field id="alert-webhook-url" label="Alert webhook URL" error={errors.url} hint="Each alert is POSTed here as JSON. Empty = no webhook." full>
            <input
              {...describedBy('alert-webhook-url', errors.url, true)}
              className="input mono"
              type="url"
              placeholder="https://hooks.example.com/traffic-alerts"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              autoComplete="off"
            />
          </Field>
          <div className="field full">
            <span className="label" id="alert-secret-label">
              Signing secret
            </span>
            <div className="row wrap">
              <span data-testid="webhook-secret-state">
                {settings.alertWebhookSecretSet ? <Badge tone="green">Set</Badge> : <Badge tone="gray">Not set</Badge>}
              </span>
              {!replacing ? (
                <>
                  <Button type="button" size="sm" onClick={() => setReplacing(true)}>
                    {settings.alertWebhookSecretSet ? 'Replace secret' : 'Set secret'}
                  </Button>
                  {settings.alertWebhookSecretSet && (
                    <Button type="button" size="sm" variant="ghost" className="danger-text" pending={removing} onClick={removeSecret}>
                      Remove
                    </Button>
                  )}
                </>
              ) : (
                <>
                  <label htmlFor="alert-webhook-secret" className="sr-only">
                    New signing secret
                  </label>
                  <input
                    {...describedBy('alert-webhook-secret', errors.secret, true)}
                    className="input mono"
                    style={{ maxWidth: 340 }}
                    type="password"
                    autoComplete="new-password"
                    placeholder={`At least ${MIN_SECRET} characters`}
                    value={secret}
                    onChange={(e) => setSecret(e.target.value)}
                    autoFocus
                  />
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      setReplacing(false);
                      setSecret('');
                      setErrors((x) => ({ ...x, secret: undefined }));
                    }}
                  >
                    Cancel
                  </Button>
                </>
              )}
            </div>
            {errors.secret ? (
              <span className="field-error" id="alert-webhook-secret-error">
                {errors.secret}
              </span>
            ) : (
              <span className="hint" id="alert-webhook-secret-hint">
                Signs each webhook request so the receiver can check it came from here. Write-only: it is never shown again.
              </span>
            )}
          </div>
        </div>
        <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
          <Button type="submit" variant="primary" pending={pending} disabled={!dirty}>
            Save settings
          </Button>
        </div>
      </form>
    </section>
  );
}
