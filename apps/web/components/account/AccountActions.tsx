'use client';

import { useState } from 'react';
import { IconKey } from '@/components/ui/Icons';
import { Notice, useNotice } from '@/components/ui/Notice';
import { SignOutButton } from '@/components/ui/SignOutButton';
import { ChangePasswordModal } from './ChangePasswordModal';

/** The sidebar's account block: change the own password, sign out. The success notice floats over any page. */
export function AccountActions({ username }: { username: string }) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useNotice();
  return (
    <>
      <div className="account-actions">
        <button type="button" className="signout" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <IconKey />
          Change password
        </button>
        <SignOutButton />
      </div>
      {open && (
        <ChangePasswordModal
          username={username}
          onClose={() => setOpen(false)}
          onChanged={() => {
            setOpen(false);
            setNotice('Password changed. Use the new one next time you sign in.');
          }}
        />
      )}
      {notice && (
        <div className="toast">
          <Notice text={notice} onClose={() => setNotice(null)} />
        </div>
      )}
    </>
  );
}
