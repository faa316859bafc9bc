'use client';

import { useState, type FormEvent } from 'react';
import { ErrorCode, formatBytes, gbToBytes, macSchema, normalizeMac, usernameSchema } from '@tm/shared';
import { userStatusLabel } from '@/components/ui/Badge';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { FormActions } from '@/components/ui/FormActions';
import { describedBy, Field } from '@/components/ui/Field';
import { Modal } from '@/components/ui/Modal';
import { dateFieldToIso, formatDate, gbFieldToBytes, isoToDateField, limitToGbField } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { CREATE_USER, UPDATE_USER } from '@/lib/graphql/documents/users';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import type { AgentChoice, CreateUserInput, SpeedProfile, UpdateUserInput, User } from '@/lib/graphql/models';
import { OverLimitField, overLimitError, useSpeedProfiles, type OverLimitValue } from '@/components/over-limit/OverLimitField';
import { agentChoice, describeChoice, indexProfiles, lowerFirst } from '@/lib/over-limit';
import { GbLimitField } from '@/components/ui/GbLimitField';
import { ResetCycleFields } from '@/components/resets/ResetCycleFields';
import { cycleChanges, cycleForCreate, cycleFromForm } from '@/lib/resets';
import { AllotInfo, useStanding } from './Allotment';

export interface AgentOption {
  id: string;
  username: string;
  status?: string;
}

type Errors = Partial<Record<'username' | 'dataLimit' | 'expiresAt' | 'macAddress' | 'billingDay' | 'timeZone' | 'throttleProfileId', string>>;

/** Create a user, or edit one (data limit, expiry, status, MAC). Only changed fields are sent. */
export function UserFormModal({
  user,
  isAdmin,
  agents,
  defaultAgentId,
  ownAgentId,
  defaultTimeZone,
  agentChoices = {},
  speedProfiles,
  onClose,
  onSaved,
}: {
  user?: User;
  isAdmin: boolean;
  agents?: AgentOption[];
  defaultAgentId?: string;
  /** An agent's own id: its standing says how much it can still allot. */
  ownAgentId?: string;
  /** settings.timeZone for a new user's cycle; null when the caller can't read it. */
  defaultTimeZone?: string | null;
  /** Each agent's over-limit choice, to say what "As agent" does. */
  agentChoices?: Record<string, AgentChoice>;
  /** For "Slow down to …"; read here when the page has none. */
  speedProfiles?: SpeedProfile[] | null;
  onClose: () => void;
  onSaved: (user: User, created: boolean) => void;
}) {
  const editing = !!user;
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const manualStatus = !user || user.status === 'ACTIVE' || user.status === 'DISABLED';

  // The agent the user belongs to (or will): its standing bounds the data limit.
  const [pickedAgent, setPickedAgent] = useState(defaultAgentId ?? '');
  const ownerId = user ? user.agentId : isAdmin ? pickedAgent || null : (ownAgentId ?? null);
  const self = !isAdmin;
  const [standing, refreshStanding] = useStanding(ownerId);
  const t = standing.state === 'ready' ? standing.t : null;
  const limited = !!t && t.limit != null;
  const [typed, setTyped] = useState<string | null>(null);
  const profiles = useSpeedProfiles(speedProfiles);
  const [overLimit, setOverLimit] = useState<OverLimitValue>({ action: user?.overLimitAction ?? null, profileId: user?.throttleProfileId ?? '' });
  const ownerChoice = agentChoice(ownerId ? agentChoices[ownerId] : null);
  const inheritText = ownerChoice
    ? lowerFirst(describeChoice(ownerChoice, indexProfiles(profiles.state === 'ready' ? profiles.profiles : speedProfiles)).label)
    : ownerId
      ? 'whatever the agent is set to'
      : 'cuts off (no agent)';
  const typedBytes = typed === null ? null : gbToBytes(typed.trim().replace(',', '.'));
  const overRemaining = t?.remaining != null && typedBytes !== null && typedBytes > BigInt(t.remaining);
  const limitHint = !limited
    ? 'Empty = unlimited.'
    : overRemaining
      ? `More than the ${formatBytes(t.remaining as string)} left to allot.`
      : `Required: ${self ? 'you have' : 'the agent has'} a traffic limit${t.remaining != null ? `, up to ${formatBytes(t.remaining)}` : ''}.`;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const username = String(f.get('username') ?? '');
    const limitField = String(f.get('dataLimit') ?? '');
    const limit = gbFieldToBytes(limitField);
    const expiryField = String(f.get('expiresAt') ?? '');
    const macField = String(f.get('macAddress') ?? '').trim();
    const status = String(f.get('status') ?? '');
    const agentId = String(f.get('agentId') ?? '');

    const next: Errors = {};
    if (!editing) {
      const u = usernameSchema.safeParse(username);
      if (!u.success) next.username = u.error.issues[0]?.message;
    }
    if ('error' in limit) next.dataLimit = limit.error;
    else if (limit.bytes === null && limited && (!user || limitField.trim() !== limitToGbField(user.dataLimit))) {
      next.dataLimit = `Required: ${self ? 'you have' : `${t.username} has`} a traffic limit, so enter up to ${formatBytes(t.remaining ?? '0')}.`;
    }
    if (expiryField && !editing && Date.parse(`${expiryField}T23:59:59`) < Date.now()) next.expiresAt = 'Pick a date in the future';
    if (macField) {
      const m = macSchema.safeParse(macField);
      if (!m.success) next.macAddress = m.error.issues[0]?.message;
    }
    const cycle = cycleFromForm(f);
    if ('errors' in cycle) Object.assign(next, cycle.errors);
    const throttleError = overLimitError(overLimit);
    if (throttleError) next.throttleProfileId = throttleError;
    setErrors(next);
    if (Object.keys(next).length > 0 || 'error' in limit || 'errors' in cycle) return;
    const overLimitAction = overLimit.action;
    const throttleProfileId = overLimitAction === 'THROTTLE' ? overLimit.profileId : null;

    const expiresAt = dateFieldToIso(expiryField);
    const macAddress = macField ? normalizeMac(macField) : null;

    setPending(true);
    setApiError(null);
    try {
      if (!user) {
        const input: CreateUserInput = { username: username.trim(), dataLimit: limit.bytes, expiresAt, macAddress, ...cycleForCreate(cycle.value) };
        if (overLimitAction) input.overLimitAction = overLimitAction;
        if (throttleProfileId) input.throttleProfileId = throttleProfileId;
        if (isAdmin && agentId) input.agentId = agentId;
        const data = await gql(CREATE_USER, { input });
        onSaved(data.createUser, true);
        return;
      }
      const input: UpdateUserInput = {};
      // Compare what was typed, not bytes: a limit shown rounded must not be rewritten when untouched.
      if (limitField.trim() !== limitToGbField(user.dataLimit)) input.dataLimit = limit.bytes;
      if (expiryField !== isoToDateField(user.expiresAt)) input.expiresAt = expiresAt;
      if (macAddress !== (user.macAddress ? normalizeMac(user.macAddress) : null)) input.macAddress = macAddress;
      if (status && status !== user.status) input.status = status as UpdateUserInput['status'];
      if (overLimitAction !== (user.overLimitAction ?? null)) input.overLimitAction = overLimitAction;
      if (throttleProfileId !== (user.throttleProfileId ?? null)) input.throttleProfileId = throttleProfileId;
      Object.assign(input, cycleChanges(cycle.value, user));
      if (Object.keys(input).length === 0) {
        onClose();
        return;
      }
      const data = await gql(UPDATE_USER, { id: user.id, input });
      onSaved(data.updateUser, false);
    } catch (err) {
      if (err instanceof GqlError && err.code === ErrorCode.LIMIT_EXCEEDED) {
        const { message, field } = limitExceededText(err, self ? null : (t?.username ?? null));
        setApiError({ code: err.code, message });
        if (field) setErrors((e) => ({ ...e, dataLimit: field }));
        refreshStanding();
      } else {
        const fields = err instanceof GqlError && err.code === ErrorCode.BAD_USER_INPUT ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
        if (fields.throttleProfileId) setErrors((e) => ({ ...e, throttleProfileId: typeof fields.throttleProfileId === 'string' ? fields.throttleProfileId : errorMessage(err) }));
        setApiError({ code: errorCode(err), message: errorMessage(err) });
      }
      setPending(false);
    }
  }

  return (
    <Modal
      title={editing ? `Edit ${user.username}` : 'New user'}
      description={
        editing
          ? `Created ${formatDate(user.createdAt)}${user.agentUsername ? ` · owned by ${user.agentUsername}` : ''}. Change the data limit, expiry, status, MAC address or reset cycle.`
          : 'Someone on your network, with a data limit, an expiry date and what happens when it runs out.'
      }
      onClose={onClose}
      busy={pending}
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="user-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          {!editing && (
            <Field id="user-username" label="Username" error={errors.username} full>
              <input {...describedBy('user-username', errors.username)} name="username" className="input" autoComplete="off" />
            </Field>
          )}
          {!editing && isAdmin && agents && (
            <Field id="user-agent" label="Agent" hint="The agent who owns this user and is charged for its traffic." full>
              <select {...describedBy('user-agent', null, true)} name="agentId" className="select" value={pickedAgent} onChange={(e) => setPickedAgent(e.target.value)}>
                <option value="">None — owned by me (admin)</option>
                {agents.map((a) => (
                  <option key={a.id} value={a.id} disabled={a.status === 'DISABLED'}>
                    {a.username}
                    {a.status === 'DISABLED' ? ' (disabled)' : ''}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <AllotInfo standing={standing} self={self} withSlots={!editing} />
          <GbLimitField
            id="user-dataLimit"
            name="dataLimit"
            label="Data limit"
            error={errors.dataLimit}
            value={user?.dataLimit}
            required={limited}
            hint={<span className={overRemaining ? 'text-amber' : undefined}>{limitHint}</span>}
            onChange={(v) => {
              setTyped(v);
              if (errors.dataLimit) setErrors((e) => ({ ...e, dataLimit: undefined }));
            }}
          />
          <Field id="user-expiresAt" label="Expires on" error={errors.expiresAt} hint="Empty = never expires.">
            <input {...describedBy('user-expiresAt', errors.expiresAt, true)} name="expiresAt" type="date" className="input" defaultValue={isoToDateField(user?.expiresAt)} />
          </Field>
          <Field id="user-macAddress" label="MAC address" error={errors.macAddress} hint="Optional, for hotspot routers." full={!editing}>
            <input
              {...describedBy('user-macAddress', errors.macAddress, true)}
              name="macAddress"
              className="input mono"
              placeholder="AA:BB:CC:DD:EE:FF"
              defaultValue={user?.macAddress ?? ''}
              autoComplete="off"
            />
          </Field>
          {editing && (
            <Field
              id="user-status"
              label="Status"
              hint={manualStatus ? 'Disabled users keep their data but cannot connect.' : `${userStatusLabel(user.status)} is set by enforcement; pick Active to lift it or Disabled to turn the user off.`}
            >
              <select {...describedBy('user-status', null, true)} name="status" className="select" defaultValue={manualStatus ? user.status : ''}>
                {!manualStatus && <option value="">Keep {userStatusLabel(user.status).toLowerCase()}</option>}
                <option value="ACTIVE">Active</option>
                <option value="DISABLED">Disabled</option>
              </select>
            </Field>
          )}
          <OverLimitField
            idPrefix="user"
            legend="When its data runs out"
            intro={
              <>
                What this user gets when it uses up its own data limit.{' '}
                {self ? 'When your own traffic limit is reached, the setting an admin chose for you applies.' : "When its agent's traffic limit is reached, the agent's setting applies."}
              </>
            }
            value={overLimit}
            onChange={(v) => {
              setOverLimit(v);
              if (errors.throttleProfileId) setErrors((e) => ({ ...e, throttleProfileId: undefined }));
            }}
            profiles={profiles}
            error={errors.throttleProfileId}
            inherit={{ text: inheritText }}
          />
          <ResetCycleFields
            idPrefix="user"
            what="user's period usage"
            strategy={user?.resetStrategy}
            billingDay={user?.billingDay}
            timeZone={user?.timeZone}
            defaultTimeZone={defaultTimeZone}
            nextResetAt={user?.nextResetAt}
            errors={errors}
          />
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={editing ? 'Save changes' : 'Create user'} />
      </form>
    </Modal>
  );
}

/**
 * LIMIT_EXCEEDED from createUser / updateUser, with what still fits from its extensions:
 * { remaining, requested, limit, quotaMode } or { maxUsers }.
 */
function limitExceededText(err: GqlError, agentName: string | null): { message: string; field: string | null } {
  const x = err.extensions;
  const who = agentName ?? 'you';
  if (x.maxUsers !== undefined && x.maxUsers !== null) {
    const cap = Number(x.maxUsers);
    return { message: `No user slots left: ${agentName ? `${agentName} may` : 'you may'} have at most ${cap} ${cap === 1 ? 'user' : 'users'}.`, field: null };
  }
  const remaining = typeof x.remaining === 'string' || typeof x.remaining === 'number' ? formatBytes(String(x.remaining)) : null;
  const requested = typeof x.requested === 'string' || typeof x.requested === 'number' ? formatBytes(String(x.requested)) : null;
  if (remaining === null) return { message: errorMessage(err), field: null };
  if (requested === null) {
    return { message: `A data limit is required: ${who} can still allot ${remaining}, so an unlimited user doesn't fit.`, field: `Enter up to ${remaining}.` };
  }
  return { message: `Not enough traffic left: ${who} can still allot ${remaining}; ${requested} doesn't fit.`, field: `Up to ${remaining}.` };
}
