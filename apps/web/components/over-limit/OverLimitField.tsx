'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { describedBy, Field } from '@/components/ui/Field';
import { gql } from '@/lib/graphql/client';
import { SPEED_PROFILES } from '@/lib/graphql/documents/bandwidth';
import type { OverLimitAction, SpeedProfile } from '@/lib/graphql/models';
import { errorMessage } from '@/lib/graphql/errors';
import { profileOption } from '@/lib/over-limit';

/** The form's value: null action = as its agent (user forms only); profileId '' = none picked. */
export interface OverLimitValue {
  action: OverLimitAction | null;
  profileId: string;
}

export type ProfilesState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; profiles: SpeedProfile[] };

/** Speed profiles for the throttle select: the page's list when it has one, else read once here. */
export function useSpeedProfiles(initial: SpeedProfile[] | null | undefined): ProfilesState {
  const [state, setState] = useState<ProfilesState>(initial ? { state: 'ready', profiles: initial } : { state: 'loading' });
  const have = !!initial;
  useEffect(() => {
    if (have) return;
    let live = true;
    gql(SPEED_PROFILES)
      .then((d) => live && setState({ state: 'ready', profiles: d.speedProfiles }))
      .catch((err) => live && setState({ state: 'error', message: errorMessage(err) }));
    return () => {
      live = false;
    };
  }, [have]);
  return state;
}

/** Client-side check: THROTTLE needs a profile (the API answers BAD_USER_INPUT otherwise). */
export function overLimitError(v: OverLimitValue): string | undefined {
  return v.action === 'THROTTLE' && !v.profileId ? 'Pick the speed to slow down to' : undefined;
}

const OPTIONS: { value: OverLimitAction | null; label: string }[] = [
  { value: null, label: 'As agent' },
  { value: 'SUSPEND', label: 'Cut off' },
  { value: 'THROTTLE', label: 'Slow down' },
];

/**
 * "Over the limit": cut off (login disabled on the router, session kicked) or slow down to a speed
 * profile. In the user form a third choice, "As agent", is the default and says what the agent does.
 */
export function OverLimitField({
  idPrefix,
  legend,
  intro,
  value,
  onChange,
  profiles,
  error,
  inherit,
}: {
  idPrefix: string;
  legend: string;
  intro: ReactNode;
  value: OverLimitValue;
  onChange: (v: OverLimitValue) => void;
  profiles: ProfilesState;
  error?: string;
  /** User forms: what "As agent" means now ("cuts off", "throttles to ↓ 512K / ↑ 256K"); absent = no such option. */
  inherit?: { text: string } | null;
}) {
  const id = `${idPrefix}-throttleProfile`;
  const options = inherit ? OPTIONS : OPTIONS.filter((o) => o.value !== null);
  const list = profiles.state === 'ready' ? profiles.profiles : [];
  const missing = value.profileId && profiles.state === 'ready' && !list.some((p) => p.id === value.profileId);
  const explain =
    value.action === null
      ? `Does what its agent does: ${inherit?.text ?? 'cuts off'}.`
      : value.action === 'SUSPEND'
        ? 'Its hotspot login / PPP secret is disabled on the router and its session is kicked until it is back under.'
        : 'It stays online, held to the speed below, until it is back under.';
  return (
    <fieldset className="form-section full" data-testid={`${idPrefix}-over-limit`}>
      <legend>{legend}</legend>
      <p className="hint">{intro}</p>
      <div className="over-limit">
        <div className="segmented" role="radiogroup" aria-label={legend}>
          {options.map((o) => (
            <button
              key={o.label}
              type="button"
              role="radio"
              aria-checked={value.action === o.value}
              onClick={() => onChange({ ...value, action: o.value, profileId: o.value === 'THROTTLE' ? value.profileId || (list.length === 1 ? list[0].id : '') : value.profileId })}
            >
              {o.label}
              {o.value === null && <span className="seg-note"> (default)</span>}
            </button>
          ))}
        </div>
        <p className="hint over-limit-explain" data-testid={`${idPrefix}-over-limit-explain`}>
          {explain}
        </p>
        {value.action === 'THROTTLE' && (
          <Field id={id} label="Slow down to" error={error ?? (profiles.state === 'error' ? `Couldn't load the speed profiles: ${profiles.message}` : undefined)} hint="A speed profile from the Bandwidth page.">
            <select
              {...describedBy(id, error, true)}
              name="throttleProfileId"
              className="select"
              aria-required
              value={value.profileId}
              disabled={profiles.state !== 'ready'}
              onChange={(e) => onChange({ ...value, profileId: e.target.value })}
            >
              <option value="">{profiles.state === 'loading' ? 'Loading speed profiles…' : 'Pick a speed profile'}</option>
              {missing && <option value={value.profileId}>Profile #{value.profileId} (deleted)</option>}
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {profileOption(p)}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
    </fieldset>
  );
}
