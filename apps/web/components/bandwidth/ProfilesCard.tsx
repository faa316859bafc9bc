'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconGauge, IconPlus } from '@/components/ui/Icons';
import { gql } from '@/lib/graphql/client';
import { DELETE_SPEED_PROFILE } from '@/lib/graphql/documents/bandwidth';
import type { SpeedProfile } from '@/lib/graphql/models';
import { formatPrice, formatSpeed, formatValidity } from '@/lib/rates';
import { ProfileFormModal } from './ProfileFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; profile: SpeedProfile } | { kind: 'delete'; profile: SpeedProfile } | null;

/** Speed tiers (seed 004's BASIC / STANDARD / PREMIUM and your own), offered when setting a limit. */
export function ProfilesCard({
  profiles,
  onSaved,
  onDeleted,
  notify,
}: {
  profiles: SpeedProfile[];
  onSaved: (p: SpeedProfile) => void;
  onDeleted: (id: string) => void;
  notify: (text: string) => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const newButton = (
    <Button onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> New profile
    </Button>
  );
  return (
    <section className="card" data-testid="profiles-card">
      <div className="card-head">
        <div>
          <h2>Speed profiles</h2>
          <p>Tiers to pick from when setting a limit.</p>
        </div>
        {profiles.length > 0 && newButton}
      </div>
      {profiles.length === 0 ? (
        <EmptyState title="No speed profiles" icon={<IconGauge />} action={newButton}>
          Profiles are ready-made speeds, like BASIC 1M down / 512K up for an hour.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="profiles-table">
            <thead>
              <tr>
                <th>Profile</th>
                <th className="num">Download</th>
                <th className="num">Upload</th>
                <th className="num">Price</th>
                <th>Validity</th>
                <th className="actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((p) => (
                <tr key={p.id} data-testid={`profile-row-${p.name}`}>
                  <td className="primary-cell">{p.name}</td>
                  <td className="num nowrap mono" data-testid="profile-down" title={formatSpeed(p.downBps)}>
                    {p.down}
                  </td>
                  <td className="num nowrap mono" data-testid="profile-up" title={formatSpeed(p.upBps)}>
                    {p.up}
                  </td>
                  <td className="num" data-testid="profile-price">
                    {formatPrice(p.price)}
                  </td>
                  <td className="nowrap" data-testid="profile-validity">
                    {formatValidity(p.validity)}
                  </td>
                  <td className="actions">
                    <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'edit', profile: p })} aria-label={`Edit profile ${p.name}`}>
                      Edit
                    </Button>
                    <Button size="sm" variant="ghost" className="danger-text" onClick={() => setDialog({ kind: 'delete', profile: p })} aria-label={`Delete profile ${p.name}`}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ProfileFormModal
          profile={dialog.kind === 'edit' ? dialog.profile : undefined}
          onClose={close}
          onSaved={(p, created) => {
            onSaved(p);
            notify(created ? `Profile ${p.name} created.` : `Profile ${p.name} saved.`);
            close();
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete profile ${dialog.profile.name}?`}
          confirmLabel="Delete profile"
          errorTitles={{ CONFLICT: 'In use' }}
          onClose={close}
          onConfirm={async () => {
            const p = dialog.profile;
            await gql(DELETE_SPEED_PROFILE, { id: p.id });
            onDeleted(p.id);
            notify(`Profile ${p.name} deleted.`);
          }}
        >
          It is no longer offered when setting a limit. A profile that limits still use can&apos;t be deleted: change or remove those limits first.
        </ConfirmDialog>
      )}
    </section>
  );
}
