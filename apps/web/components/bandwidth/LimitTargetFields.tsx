'use client';

import { Button } from '@/components/ui/Button';
import { describedBy, Field } from '@/components/ui/Field';
import { UserPicker } from '@/components/traffic/UserPicker';
import type { Router } from '@/lib/graphql/models';

/** Who a new limit is for: a router, and a portal user (its MAC comes from the user) or, for admins, any MAC. */
export interface NewTarget {
  routerId: string;
  by: 'user' | 'mac';
  user: { id: string; username: string } | null;
  mac: string;
}

export type TargetErrors = { user?: string; mac?: string };

export function LimitTargetFields({
  routers,
  value,
  onChange,
  errors,
  allowMac,
}: {
  routers: Router[];
  value: NewTarget;
  onChange: (t: NewTarget) => void;
  errors: TargetErrors;
  /** Admins may limit any device by MAC; agents pick one of their users. */
  allowMac: boolean;
}) {
  return (
    <div className="form-grid">
      <Field id="limit-router" label="Router">
        <select id="limit-router" className="select" value={value.routerId} onChange={(e) => onChange({ ...value, routerId: e.target.value })}>
          {routers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      {allowMac ? (
        <div className="field">
          <span className="label">For</span>
          <div className="segmented" role="group" aria-label="Limit for">
            <button type="button" aria-pressed={value.by === 'user'} onClick={() => onChange({ ...value, by: 'user' })}>
              A portal user
            </button>
            <button type="button" aria-pressed={value.by === 'mac'} onClick={() => onChange({ ...value, by: 'mac' })}>
              A MAC address
            </button>
          </div>
        </div>
      ) : (
        <div />
      )}
      {value.by === 'mac' ? (
        <Field id="limit-mac" label="MAC address" hint="The device's MAC, e.g. AA:BB:CC:DD:EE:FF" error={errors.mac} full>
          <input
            {...describedBy('limit-mac', errors.mac, true)}
            className="input mono"
            autoComplete="off"
            spellCheck={false}
            placeholder="AA:BB:CC:DD:EE:FF"
            value={value.mac}
            onChange={(e) => onChange({ ...value, mac: e.target.value })}
          />
        </Field>
      ) : (
        <div className="field full">
          <span className="label">User</span>
          {value.user ? (
            <div className="picked-target" data-testid="limit-user">
              <span className="primary-cell">{value.user.username}</span>
              <span className="spacer" />
              <Button type="button" size="sm" variant="ghost" onClick={() => onChange({ ...value, user: null })}>
                Change
              </Button>
            </div>
          ) : (
            <UserPicker placeholder="Search a user by name or MAC" onPick={(u) => onChange({ ...value, user: { id: u.id, username: u.username } })} />
          )}
          {errors.user ? (
            <span className="field-error">{errors.user}</span>
          ) : (
            <span className="hint">The limit follows the MAC address saved on the user.</span>
          )}
        </div>
      )}
    </div>
  );
}
