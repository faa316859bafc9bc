'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Notice, useNotice } from '@/components/ui/Notice';
import { TimeZoneField } from '@/components/ui/TimeZoneField';
import { gql } from '@/lib/graphql/client';
import { UPDATE_SETTINGS } from '@/lib/graphql/documents/system';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import type { Settings, SettingsInput } from '@/lib/graphql/models';
import { isValidTimeZone } from '@/lib/resets';

/** Resets: whether agents may reset their own users' traffic, and the default time zone for cycles and schedules. */
export function ResetSettingsCard({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [agentsCan, setAgentsCan] = useState(initial.agentsCanResetUsers);
  const [zone, setZone] = useState(initial.timeZone);
  const [zoneError, setZoneError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useNotice();

  const input: SettingsInput = {};
  if (agentsCan !== settings.agentsCanResetUsers) input.agentsCanResetUsers = agentsCan;
  if (zone.trim() !== settings.timeZone) input.timeZone = zone.trim();
  const dirty = Object.keys(input).length > 0;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!isValidTimeZone(zone)) {
      setZoneError('Pick a time zone from the list, e.g. Europe/Berlin or UTC');
      return;
    }
    setZoneError(null);
    if (!dirty) return;
    setPending(true);
    setApiError(null);
    try {
      const saved = (await gql(UPDATE_SETTINGS, { input })).updateSettings;
      setSettings(saved);
      setAgentsCan(saved.agentsCanResetUsers);
      setZone(saved.timeZone);
      const parts: string[] = [];
      if (input.agentsCanResetUsers !== undefined) parts.push(saved.agentsCanResetUsers ? 'agents may reset their users' : 'only admins reset users');
      if (input.timeZone !== undefined) parts.push(`new users, agents and schedules default to ${saved.timeZone}`);
      setNotice(`Saved: ${parts.join(', ')}.`);
    } catch (err) {
      const fields = err instanceof GqlError ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
      if (typeof fields.timeZone === 'string') setZoneError(fields.timeZone);
      setApiError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="card" data-testid="reset-settings">
      <div className="card-head">
        <div>
          <h2>Resets</h2>
          <p>Who may reset a user&apos;s traffic, and the time zone reset cycles and schedules use unless told otherwise.</p>
        </div>
      </div>
      <form className="card-body form" onSubmit={onSubmit} noValidate aria-label="Reset settings">
        <Notice text={notice} onClose={() => setNotice(null)} />
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid settings-grid">
          <div className="field full">
            <div className="row" style={{ alignItems: 'flex-start', gap: 14 }}>
              <button
                type="button"
                role="switch"
                className="switch"
                aria-checked={agentsCan}
                aria-labelledby="agents-can-reset-label"
                aria-describedby="agents-can-reset-hint"
                onClick={() => setAgentsCan((v) => !v)}
              >
                <span className="switch-knob" />
              </button>
              <div>
                <div id="agents-can-reset-label" style={{ fontWeight: 600 }}>
                  Agents may reset their users&apos; traffic
                </div>
                <div id="agents-can-reset-hint" className="hint small muted">
                  An agent can put one of its own users&apos; period usage back to zero. It never lowers the agent&apos;s own charged usage;
                  only an admin resets that.
                </div>
              </div>
            </div>
          </div>
          <TimeZoneField
            id="settings-timeZone"
            label="Default time zone"
            value={zone}
            error={zoneError}
            hint="For new users, agents and schedules. Cycles start at local midnight in their zone."
            onChange={(z) => {
              setZone(z);
              setZoneError(null);
            }}
          />
        </div>
        <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
          <Button type="submit" variant="primary" pending={pending} disabled={!dirty}>
            Save reset settings
          </Button>
        </div>
      </form>
    </section>
  );
}
