'use client';

import { useState, type FormEvent } from 'react';
import { ErrorCode, passwordSchema, QuotaMode, usernameSchema } from '@tm/shared';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { FormActions } from '@/components/ui/FormActions';
import { describedBy, Field } from '@/components/ui/Field';
import { Modal } from '@/components/ui/Modal';
import { gbFieldToBytes, limitToGbField } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { CREATE_AGENT, SET_AGENT_TRAFFIC_LIMIT, UPDATE_AGENT } from '@/lib/graphql/documents/accounts';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import type { Account, SpeedProfile, UpdateAgentInput } from '@/lib/graphql/models';
import { GbLimitField } from '@/components/ui/GbLimitField';
import { ResetCycleFields } from '@/components/resets/ResetCycleFields';
import { cycleChanges, cycleForCreate, cycleFromForm } from '@/lib/resets';
import { OverLimitField, overLimitError, useSpeedProfiles, type OverLimitValue } from '@/components/over-limit/OverLimitField';

type Errors = Partial<Record<'username' | 'password' | 'limit' | 'maxUsers' | 'billingDay' | 'timeZone' | 'throttleProfileId', string>>;

function parseMaxUsers(value: string): { value: number | null } | { error: string } {
  const text = value.trim();
  if (text === '') return { value: null };
  if (!/^\d{1,7}$/.test(text)) return { error: 'A whole number, or empty for no cap' };
  return { value: Number(text) };
}

/** Create an agent, or edit one (limit, quota mode, max users, password, the charged-usage reset cycle). */
export function AgentFormModal({
  agent,
  defaultTimeZone,
  speedProfiles,
  onClose,
  onSaved,
}: {
  agent?: Account;
  /** settings.timeZone, the zone of a new agent's cycle. */
  defaultTimeZone?: string | null;
  /** For "Slow down to …"; read here when the page has none. */
  speedProfiles?: SpeedProfile[] | null;
  onClose: () => void;
  onSaved: (a: Account) => void;
}) {
  const editing = !!agent;
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const profiles = useSpeedProfiles(speedProfiles);
  const [overLimit, setOverLimit] = useState<OverLimitValue>({ action: agent?.overLimitAction ?? 'SUSPEND', profileId: agent?.throttleProfileId ?? '' });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const username = String(f.get('username') ?? '');
    const password = String(f.get('password') ?? '');
    const limitField = String(f.get('limit') ?? '');
    const limit = gbFieldToBytes(limitField);
    const maxUsers = parseMaxUsers(String(f.get('maxUsers') ?? ''));
    const quotaMode = String(f.get('quotaMode') ?? QuotaMode.USAGE) as QuotaMode;

    const next: Errors = {};
    if (!editing) {
      const u = usernameSchema.safeParse(username);
      if (!u.success) next.username = u.error.issues[0]?.message;
    }
    if (!editing || password) {
      const p = passwordSchema.safeParse(password);
      if (!p.success) next.password = p.error.issues[0]?.message;
    }
    if ('error' in limit) next.limit = limit.error;
    if ('error' in maxUsers) next.maxUsers = maxUsers.error;
    const cycle = cycleFromForm(f);
    if ('errors' in cycle) Object.assign(next, cycle.errors);
    const throttleError = overLimitError(overLimit);
    if (throttleError) next.throttleProfileId = throttleError;
    setErrors(next);
    if (Object.keys(next).length > 0 || 'error' in limit || 'error' in maxUsers || 'errors' in cycle) return;
    const action = overLimit.action ?? 'SUSPEND';
    const throttleProfileId = action === 'THROTTLE' ? overLimit.profileId : null;

    setPending(true);
    setApiError(null);
    try {
      if (!agent) {
        const data = await gql(CREATE_AGENT, {
          input: {
            username: username.trim(),
            password,
            trafficLimit: limit.bytes,
            quotaMode,
            maxUsers: maxUsers.value,
            overLimitAction: action,
            throttleProfileId,
            ...cycleForCreate(cycle.value),
          },
        });
        onSaved(data.createAgent);
        return;
      }
      let saved = agent;
      // Compare what was typed, not bytes: a limit shown rounded must not be rewritten when untouched.
      if (limitField.trim() !== limitToGbField(agent.trafficLimit)) {
        saved = (await gql(SET_AGENT_TRAFFIC_LIMIT, { agentId: agent.id, limit: limit.bytes })).setAgentTrafficLimit;
      }
      const input: UpdateAgentInput = {};
      if (password) input.password = password;
      if (quotaMode !== (agent.quotaMode ?? QuotaMode.USAGE)) input.quotaMode = quotaMode;
      if (maxUsers.value !== agent.maxUsers) input.maxUsers = maxUsers.value;
      if (action !== agent.overLimitAction) input.overLimitAction = action;
      if (throttleProfileId !== (agent.throttleProfileId ?? null)) input.throttleProfileId = throttleProfileId;
      Object.assign(input, cycleChanges(cycle.value, agent));
      if (Object.keys(input).length > 0) {
        saved = (await gql(UPDATE_AGENT, { id: agent.id, input })).updateAgent;
      }
      onSaved(saved);
    } catch (err) {
      const fields = err instanceof GqlError && err.code === ErrorCode.BAD_USER_INPUT ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
      if (fields.throttleProfileId) setErrors((e) => ({ ...e, throttleProfileId: typeof fields.throttleProfileId === 'string' ? fields.throttleProfileId : errorMessage(err) }));
      setApiError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal
      title={editing ? `Edit ${agent.username}` : 'New agent'}
      description={
        editing ? 'Change the traffic limit, what happens over it, quota mode, user cap, password or reset cycle.' : 'A reseller account with its own users and traffic limit.'
      }
      onClose={onClose}
      busy={pending}
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="agent-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          {!editing && (
            <Field id="agent-username" label="Username" error={errors.username} full>
              <input {...describedBy('agent-username', errors.username)} name="username" className="input" autoComplete="off" />
            </Field>
          )}
          <Field id="agent-password" label={editing ? 'New password' : 'Password'} error={errors.password} hint={editing ? 'Leave empty to keep the current one.' : 'At least 8 characters.'} full>
            <input {...describedBy('agent-password', errors.password, true)} name="password" type="password" className="input" autoComplete="new-password" />
          </Field>
          <GbLimitField id="agent-limit" name="limit" label="Traffic limit" error={errors.limit} value={agent?.trafficLimit} />
          <Field id="agent-maxUsers" label="Max users" error={errors.maxUsers} hint="Empty = no cap.">
            <input
              {...describedBy('agent-maxUsers', errors.maxUsers, true)}
              name="maxUsers"
              className="input"
              inputMode="numeric"
              placeholder="No cap"
              defaultValue={agent?.maxUsers ?? ''}
            />
          </Field>
          <Field
            id="agent-quotaMode"
            label="Quota mode"
            hint="Usage: users may be created while charged usage is under the limit. Allocation: every GB granted to a user is drawn from the limit up front."
            full
          >
            <select {...describedBy('agent-quotaMode', null, true)} name="quotaMode" className="select" defaultValue={agent?.quotaMode ?? QuotaMode.USAGE}>
              <option value={QuotaMode.USAGE}>Usage — charge what users actually move</option>
              <option value={QuotaMode.ALLOCATION}>Allocation — charge data limits when granted</option>
            </select>
          </Field>
          <OverLimitField
            idPrefix="agent"
            legend="Over the limit"
            intro="What its users get when the agent's charged usage reaches its traffic limit (and, unless a user says otherwise, when a user reaches its own data limit)."
            value={overLimit}
            onChange={(v) => {
              setOverLimit(v);
              if (errors.throttleProfileId) setErrors((e) => ({ ...e, throttleProfileId: undefined }));
            }}
            profiles={profiles}
            error={errors.throttleProfileId}
          />
          <ResetCycleFields
            idPrefix="agent"
            what="agent's charged usage"
            strategy={agent?.resetStrategy}
            billingDay={agent?.billingDay}
            timeZone={agent?.timeZone}
            defaultTimeZone={defaultTimeZone}
            nextResetAt={agent?.nextResetAt}
            errors={errors}
          />
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={editing ? 'Save changes' : 'Create agent'} />
      </form>
    </Modal>
  );
}
