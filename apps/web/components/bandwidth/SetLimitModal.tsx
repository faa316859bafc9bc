'use client';

import { useState, type FormEvent } from 'react';
import { ErrorCode, MAC_PATTERN, normalizeMac } from '@tm/shared';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { FormActions } from '@/components/ui/FormActions';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { SET_BANDWIDTH_LIMIT } from '@/lib/graphql/documents/bandwidth';
import type { BandwidthAssignment, BandwidthLimitInput, Router, SpeedProfile } from '@/lib/graphql/models';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import { formatPrice, formatValidity, normalizeRateText, rateError } from '@/lib/rates';
import { targetInput, type LimitTarget } from './limit-target';
import { LimitTargetFields, type NewTarget, type TargetErrors } from './LimitTargetFields';

type Choice = { kind: 'profile'; id: string } | { kind: 'custom' };
type Errors = { up?: string; down?: string };

function initialChoice(target: LimitTarget | null, profiles: SpeedProfile[]): Choice {
  const c = target?.current;
  if (c?.profileId && profiles.some((p) => p.id === c.profileId)) return { kind: 'profile', id: c.profileId };
  if (c) {
    const same = profiles.find((p) => p.up === c.up && p.down === c.down);
    return same ? { kind: 'profile', id: same.id } : { kind: 'custom' };
  }
  return profiles.length ? { kind: 'profile', id: profiles[0].id } : { kind: 'custom' };
}

/** BAD_USER_INPUT about the speeds → under the field it names (or both when it names none). */
function fieldErrors(err: unknown): Errors | null {
  if (!(err instanceof GqlError) || err.code !== ErrorCode.BAD_USER_INPUT) return null;
  const fields = (err.extensions.fields ?? {}) as Record<string, unknown>;
  const pick = (k: 'up' | 'down') => (typeof fields[k] === 'string' ? (fields[k] as string) : fields[k] ? err.message : undefined);
  const named = { up: pick('up'), down: pick('down') };
  return named.up || named.down ? named : null;
}

/** The API's word on who the limit is for (a user without a MAC, a MAC that isn't yours) → under the target fields. */
function targetErrors(err: unknown, by: NewTarget['by']): TargetErrors | null {
  if (!(err instanceof GqlError)) return null;
  const fields = (err.extensions.fields ?? {}) as Record<string, unknown>;
  if (err.code === ErrorCode.BAD_USER_INPUT && (fields.userId || fields.macAddress)) return by === 'user' ? { user: err.message } : { mac: err.message };
  if (err.code === ErrorCode.NOT_FOUND && /user|mac/i.test(err.message)) return by === 'user' ? { user: err.message } : { mac: err.message };
  return null;
}

/**
 * Pick a speed profile or type a custom speed; applied at once when the device is online. Without a
 * `target` (a new limit from the limits table) it first asks which router and whose device.
 */
export function SetLimitModal({
  target,
  routers,
  routerId,
  profiles,
  isAdmin,
  onClose,
  onDone,
}: {
  target: LimitTarget | null;
  /** For a new limit: the routers to choose from, and the one preselected. */
  routers: Router[];
  routerId: string | null;
  profiles: SpeedProfile[];
  isAdmin: boolean;
  onClose: () => void;
  onDone: (a: BandwidthAssignment, label: string) => void;
}) {
  const [choice, setChoice] = useState<Choice>(() => initialChoice(target, profiles));
  const [down, setDown] = useState(target?.current?.down ?? '');
  const [up, setUp] = useState(target?.current?.up ?? '');
  const [who, setWho] = useState<NewTarget>({ routerId: routerId ?? routers[0]?.id ?? '', by: 'user', user: null, mac: '' });
  const [whoErrors, setWhoErrors] = useState<TargetErrors>({});
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  function edit(field: 'down' | 'up', value: string) {
    (field === 'down' ? setDown : setUp)(value);
    setErrors((prev) => ({ ...prev, [field]: undefined }));
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    let input: BandwidthLimitInput;
    let label: string;
    if (target) {
      input = { ...targetInput(target, isAdmin) };
      label = target.label;
    } else {
      const next: TargetErrors =
        who.by === 'user' ? { user: who.user ? undefined : 'Pick the user to limit' } : { mac: MAC_PATTERN.test(who.mac.trim()) ? undefined : 'A MAC address like AA:BB:CC:DD:EE:FF' };
      setWhoErrors(next);
      if (next.user || next.mac) return;
      input = who.by === 'user' ? { routerId: who.routerId, userId: who.user!.id } : { routerId: who.routerId, macAddress: normalizeMac(who.mac) };
      label = who.by === 'user' ? who.user!.username : normalizeMac(who.mac);
    }
    if (choice.kind === 'profile') input.profileId = choice.id;
    else {
      const next: Errors = { down: rateError(down, 'Download') ?? undefined, up: rateError(up, 'Upload') ?? undefined };
      setErrors(next);
      if (next.down || next.up) {
        e.currentTarget.querySelector<HTMLInputElement>(`[name="${next.down ? 'down' : 'up'}"]`)?.focus();
        return;
      }
      input.down = normalizeRateText(down);
      input.up = normalizeRateText(up);
    }
    setPending(true);
    setApiError(null);
    try {
      const d = await gql(SET_BANDWIDTH_LIMIT, { input });
      onDone(d.setBandwidthLimit, label);
    } catch (err) {
      const inline = choice.kind === 'custom' ? fieldErrors(err) : null;
      const inlineWho = target ? null : targetErrors(err, who.by);
      if (inline) setErrors(inline);
      else if (inlineWho) setWhoErrors(inlineWho);
      else setApiError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal
      title={!target ? 'Add a speed limit' : target.current ? `Change the limit of ${target.label}` : `Set a limit for ${target.label}`}
      description={
        target ? (
          <>
            <span className="mono">{target.macAddress}</span> on {target.routerName}. A simple queue caps the device&apos;s speed while it is connected.
          </>
        ) : (
          'Kept for the device and applied as a simple queue each time it connects to the hotspot.'
        )
      }
      onClose={onClose}
      busy={pending}
      size="lg"
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="limit-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        {!target && (
          <LimitTargetFields
            routers={routers}
            value={who}
            errors={whoErrors}
            allowMac={isAdmin}
            onChange={(t) => {
              setWho(t);
              setWhoErrors({});
            }}
          />
        )}
        <div className="preset-grid" role="radiogroup" aria-label="Speed">
          {profiles.map((p) => (
            <button
              key={p.id}
              type="button"
              role="radio"
              aria-checked={choice.kind === 'profile' && choice.id === p.id}
              data-autofocus={(choice.kind === 'profile' && choice.id === p.id) || undefined}
              className="preset"
              onClick={() => setChoice({ kind: 'profile', id: p.id })}
              data-testid={`preset-${p.name}`}
            >
              <span className="preset-name">{p.name}</span>
              <span className="preset-speed">
                <span>↓ {p.down}</span>
                <span>↑ {p.up}</span>
              </span>
              <span className="preset-meta">
                {p.price !== null ? `Price ${formatPrice(p.price)}` : 'No price'} · {p.validity ? formatValidity(p.validity) : 'no time limit'}
              </span>
            </button>
          ))}
          <button type="button" role="radio" aria-checked={choice.kind === 'custom'} className="preset custom" onClick={() => setChoice({ kind: 'custom' })} data-testid="preset-custom">
            <span className="preset-name">Custom</span>
            <span className="preset-speed">
              <span>Your own speeds</span>
            </span>
            <span className="preset-meta">e.g. 2M down, 512K up</span>
          </button>
        </div>
        {choice.kind === 'custom' && (
          <div className="form-grid">
            <Field id="limit-down" label="Download" hint="To the device, e.g. 2M" error={errors.down}>
              <input {...describedBy('limit-down', errors.down, true)} name="down" className="input mono" autoComplete="off" spellCheck={false} placeholder="2M" value={down} onChange={(e) => edit('down', e.target.value)} />
            </Field>
            <Field id="limit-up" label="Upload" hint="From the device, e.g. 512K" error={errors.up}>
              <input {...describedBy('limit-up', errors.up, true)} name="up" className="input mono" autoComplete="off" spellCheck={false} placeholder="512K" value={up} onChange={(e) => edit('up', e.target.value)} />
            </Field>
          </div>
        )}
        <FormActions onCancel={onClose} pending={pending} submitLabel={target?.current ? 'Apply new limit' : 'Apply limit'} />
      </form>
    </Modal>
  );
}
