'use client';

import { useState } from 'react';
import { createPortal } from 'react-dom';
import { IconKey } from '@/components/ui/Icons';
import { Notice, useNotice } from '@/components/ui/Notice';
import { SignOutButton } from '@/components/ui/SignOutButton';
import { ChangePasswordModal } from './ChangePasswordModal';

/**
 * The sidebar's account block: change the own password, sign out. The dialog and the success notice
 * (floating over any page) are rendered into <body>: inside the sticky sidebar they would inherit its
 * text colour and its stacking context, and page content (the dashboard's chart) would paint over them.
 * Both only exist after a click, so `document` is there.
 */
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
      {open &&
        createPortal(
          <ChangePasswordModal
            username={username}
            onClose={() => setOpen(false)}
            onChanged={() => {
              setOpen(false);
              setNotice('Password changed. Use the new one next time you sign in.');
            }}
          />,
          document.body,
        )}
      {notice &&
        createPortal(
          <div className="toast">
            <Notice text={notice} onClose={() => setNotice(null)} />
          </div>,
          document.body,
        )}
    </>
  );
}
