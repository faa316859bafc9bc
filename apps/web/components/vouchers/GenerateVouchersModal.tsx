'use client';

import { useState, type FormEvent } from 'react';
import { ErrorCode, formatBytes, gbToBytes } from '@tm/shared';
import { AllotInfo, useStanding } from '@/components/users/Allotment';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { FormActions } from '@/components/ui/FormActions';
import { GbLimitField } from '@/components/ui/GbLimitField';
import { Modal } from '@/components/ui/Modal';
import { gbFieldToBytes } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import type { GenerateVouchersInput, RouterSummary, SpeedProfile, VoucherBatch } from '@/lib/graphql/models';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import { GENERATE_VOUCHERS } from '@/lib/graphql/documents/vouchers';
import { profileSpeed } from '@/lib/over-limit';
import { formatValidity } from '@/lib/rates';
import { DEFAULT_CODE_LENGTH, MAX_VOUCHERS, VALIDITY_CHOICES, VALIDITY_PATTERN, validityText } from '@/lib/vouchers';

type FieldName = 'routerId' | 'count' | 'dataLimit' | 'validity' | 'prefix' | 'codeLength' | 'speedProfileId' | 'agentId';
type Errors = Partial<Record<FieldName, string>>;

export type VoucherProfile = Pick<SpeedProfile, 'id' | 'name' | 'up' | 'down' | 'validity'>;

/**
 * LIMIT_EXCEEDED from generateVouchers, in words, with what still fits from its extensions:
 * { remaining, requested } (the quota) or { maxUsers, userSlotsLeft } (the user cap).
 */
export function voucherLimitText(err: GqlError, who: string, count: number): { message: string; field: 'dataLimit' | 'count' | null; hint: string | null } {
  const x = err.extensions;
  if (x.maxUsers !== undefined && x.maxUsers !== null) {
    const left = Number(x.userSlotsLeft ?? 0);
    return {
      message: `Not enough user slots: ${who} may have at most ${Number(x.maxUsers)} users, so ${left} more ${left === 1 ? 'voucher fits' : 'vouchers fit'}, not ${count}.`,
      field: 'count',
      hint: `At most ${left}.`,
    };
  }
  const remaining = typeof x.remaining === 'string' || typeof x.remaining === 'number' ? String(x.remaining) : null;
  if (remaining === null) return { message: errorMessage(err), field: null, hint: null };
  const requested = typeof x.requested === 'string' || typeof x.requested === 'number' ? String(x.requested) : null;
  if (requested === null) {
    return { message: `A data limit is required: ${who} can still allot ${formatBytes(remaining)}, so unlimited vouchers don't fit.`, field: 'dataLimit', hint: 'Enter the data per voucher.' };
  }
  const each = count > 0 ? BigInt(remaining) / BigInt(count) : 0n;
  return {
    message: `Not enough traffic left: ${who} can still allot ${formatBytes(remaining)}; ${count} × ${formatBytes(BigInt(requested) / BigInt(Math.max(count, 1)))} = ${formatBytes(requested)} doesn't fit.`,
    field: 'dataLimit',
    hint: each > 0n ? `At most ${formatBytes(each)} each for ${count} vouchers.` : 'Nothing left to allot.',
  };
}

/** The generate form: where (router), for whom (admins pick the agent), how many, how fast, how much, how long. */
export function GenerateVouchersModal({
  isAdmin,
  routers,
  profiles,
  agents,
  ownAgentId,
  onClose,
  onDone,
}: {
  isAdmin: boolean;
  routers: RouterSummary[];
  profiles: VoucherProfile[];
  /** Admins: the agents to generate for. */
  agents: { id: string; username: string; status?: string }[];
  /** An agent's own id: its standing bounds the data limit. */
  ownAgentId?: string;
  onClose: () => void;
  onDone: (batch: VoucherBatch) => void;
}) {
  const [routerId, setRouterId] = useState((routers.find((r) => r.status === 'ONLINE') ?? routers[0])?.id ?? '');
  const [agentId, setAgentId] = useState('');
  const [count, setCount] = useState('20');
  const [profileId, setProfileId] = useState('');
  const [dataGb, setDataGb] = useState('');
  const [validity, setValidity] = useState('');
  const [prefix, setPrefix] = useState('');
  const [codeLength, setCodeLength] = useState(String(DEFAULT_CODE_LENGTH));
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  const ownerId = isAdmin ? agentId || null : (ownAgentId ?? null);
  const [standing, refreshStanding] = useStanding(ownerId);
  const t = standing.state === 'ready' ? standing.t : null;
  const limited = !!t && t.limit != null;
  const who = isAdmin ? (t?.username ?? 'the agent') : 'you';

  const n = /^\d{1,4}$/.test(count.trim()) ? Number(count.trim()) : null;
  const each = dataGb.trim() ? gbToBytes(dataGb.trim().replace(',', '.')) : null;
  const total = n !== null && each !== null ? each * BigInt(n) : null;
  const over = total !== null && t?.remaining != null && total > BigInt(t.remaining);
  const profile = profiles.find((p) => p.id === profileId) ?? null;
  const validityHint = validity.trim()
    ? VALIDITY_PATTERN.test(validity.trim())
      ? `Each voucher works for ${validityText(validity.trim())} from its first login.`
      : 'Like 30m, 12h, 30d or 1w.'
    : profile?.validity
      ? `Empty = the profile's ${formatValidity(profile.validity)}, from the first login.`
      : 'Empty = no expiry.';

  const clear = (f: FieldName) => errors[f] && setErrors((e) => ({ ...e, [f]: undefined }));

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const limit = gbFieldToBytes(dataGb);
    const next: Errors = {};
    if (!routerId) next.routerId = 'Pick the router the vouchers log in to';
    if (n === null || n < 1 || n > MAX_VOUCHERS) next.count = `A whole number from 1 to ${MAX_VOUCHERS}`;
    if ('error' in limit) next.dataLimit = limit.error;
    else if (limit.bytes === null && limited) next.dataLimit = `Required: ${isAdmin ? `${t.username} has` : 'you have'} a traffic limit, so each voucher needs a data limit.`;
    if (validity.trim() && !VALIDITY_PATTERN.test(validity.trim())) next.validity = 'Like 30m, 12h, 30d or 1w';
    if (!/^[a-z0-9]{0,8}$/.test(prefix.trim())) next.prefix = 'Up to 8 lower-case letters or digits';
    const len = Number(codeLength);
    if (!/^\d{1,2}$/.test(codeLength.trim()) || len < 4 || len > 16) next.codeLength = 'From 4 to 16';
    setErrors(next);
    if (Object.values(next).some(Boolean) || 'error' in limit) return;

    const input: GenerateVouchersInput = {
      routerId,
      count: n as number,
      dataLimit: limit.bytes,
      speedProfileId: profileId || null,
      validity: validity.trim() || null,
      prefix: prefix.trim(),
      codeLength: len,
    };
    if (isAdmin && agentId) input.agentId = agentId;
    setPending(true);
    setApiError(null);
    try {
      const d = await gql(GENERATE_VOUCHERS, { input });
      onDone(d.generateVouchers);
    } catch (err) {
      if (err instanceof GqlError && err.code === ErrorCode.LIMIT_EXCEEDED) {
        const text = voucherLimitText(err, who, n as number);
        setApiError({ code: err.code, message: text.message });
        if (text.field && text.hint) setErrors((x) => ({ ...x, [text.field as FieldName]: text.hint as string }));
        refreshStanding();
      } else {
        const fields = err instanceof GqlError && err.code === ErrorCode.BAD_USER_INPUT ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
        const named = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Errors;
        if (Object.keys(named).length) setErrors((x) => ({ ...x, ...named }));
        setApiError({ code: errorCode(err), message: errorMessage(err) });
      }
      setPending(false);
    }
  }

  return (
    <Modal title="Generate vouchers" description="Hotspot logins made in one go, to print and hand out. Each code is a user of its own." onClose={onClose} busy={pending} size="lg">
      <form className="form" onSubmit={onSubmit} noValidate data-testid="voucher-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          <Field id="voucher-router" label="Router" error={errors.routerId} hint="The hotspot the codes log in to." full={!isAdmin}>
            <select
              {...describedBy('voucher-router', errors.routerId, true)}
              className="select"
              value={routerId}
              onChange={(e) => {
                setRouterId(e.target.value);
                clear('routerId');
              }}
            >
              {routers.length === 0 && <option value="">No routers yet</option>}
              {routers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                  {r.status === 'OFFLINE' ? ' (offline: made when it is back)' : ''}
                </option>
              ))}
            </select>
          </Field>
          {isAdmin ? (
            <Field id="voucher-agent" label="Agent" error={errors.agentId} hint="Who sells them: the batch is drawn from this agent's traffic.">
              <select {...describedBy('voucher-agent', errors.agentId, true)} className="select" value={agentId} onChange={(e) => setAgentId(e.target.value)}>
                <option value="">None — owned by me (admin)</option>
                {agents.map((a) => (
                  <option key={a.id} value={a.id} disabled={a.status === 'DISABLED'}>
                    {a.username}
                    {a.status === 'DISABLED' ? ' (disabled)' : ''}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <AllotInfo standing={standing} self={!isAdmin} withSlots />
          <Field id="voucher-count" label="How many" error={errors.count} hint={`1 to ${MAX_VOUCHERS}. 24 fit on an A4 page.`}>
            <input
              {...describedBy('voucher-count', errors.count, true)}
              className="input"
              inputMode="numeric"
              value={count}
              onChange={(e) => {
                setCount(e.target.value);
                clear('count');
              }}
            />
          </Field>
          <Field id="voucher-profile" label="Speed" hint={profile ? `Each session is held to ${profileSpeed(profile)}.` : 'Full speed, or pick a profile.'}>
            <select {...describedBy('voucher-profile', null, true)} className="select" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
              <option value="">No speed limit</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {profileSpeed(p)}
                  {p.validity ? ` · ${formatValidity(p.validity)}` : ''}
                </option>
              ))}
            </select>
          </Field>
          <GbLimitField
            id="voucher-dataLimit"
            name="dataLimit"
            label="Data per voucher"
            error={errors.dataLimit}
            value={null}
            required={limited}
            hint={
              total !== null && n !== null && n > 0 ? (
                <span className={over ? 'text-amber' : undefined} data-testid="voucher-total">
                  {n} × {formatBytes(each as bigint)} = {formatBytes(total)}
                  {t?.remaining != null ? (over ? `, more than the ${formatBytes(t.remaining)} left` : ` of ${formatBytes(t.remaining)} left`) : ''}.
                </span>
              ) : limited ? (
                `Required: ${isAdmin ? 'the agent has' : 'you have'} a traffic limit.`
              ) : (
                'Empty = unlimited.'
              )
            }
            onChange={(v) => {
              setDataGb(v);
              clear('dataLimit');
            }}
          />
          <Field id="voucher-validity" label="Valid for" error={errors.validity} hint={validityHint}>
            <input
              {...describedBy('voucher-validity', errors.validity, true)}
              className="input mono"
              placeholder={profile?.validity ?? 'e.g. 12h, 30d'}
              autoComplete="off"
              spellCheck={false}
              value={validity}
              onChange={(e) => {
                setValidity(e.target.value);
                clear('validity');
              }}
            />
            <div className="row" style={{ gap: 6, flexWrap: 'wrap' }} role="group" aria-label="Validity presets">
              {VALIDITY_CHOICES.map((v) => (
                <button key={v} type="button" className="chip" aria-pressed={validity === v} onClick={() => setValidity(v)}>
                  {validityText(v)}
                </button>
              ))}
            </div>
          </Field>
          <Field id="voucher-prefix" label="Prefix" error={errors.prefix} hint="Optional, up to 8 lower-case letters or digits, e.g. cafe.">
            <input
              {...describedBy('voucher-prefix', errors.prefix, true)}
              className="input mono"
              autoComplete="off"
              spellCheck={false}
              maxLength={8}
              value={prefix}
              onChange={(e) => {
                setPrefix(e.target.value.toLowerCase());
                clear('prefix');
              }}
            />
          </Field>
          <Field id="voucher-codeLength" label="Code length" error={errors.codeLength} hint="Random characters after the prefix: 4 to 16.">
            <input
              {...describedBy('voucher-codeLength', errors.codeLength, true)}
              className="input"
              inputMode="numeric"
              value={codeLength}
              onChange={(e) => {
                setCodeLength(e.target.value);
                clear('codeLength');
              }}
            />
          </Field>
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={n && n > 0 ? `Generate ${n} ${n === 1 ? 'voucher' : 'vouchers'}` : 'Generate vouchers'} />
      </form>
    </Modal>
  );
}
