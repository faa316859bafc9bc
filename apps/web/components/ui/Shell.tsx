import type { ReactNode } from 'react';
import { AccountActions } from '@/components/account/AccountActions';
import type { LiveConfig } from '@/components/live/useSubscription';
import { NavLinks, type NavItem } from './NavLinks';

/** The signed-in frame: sidebar with the role's navigation, who is signed in (change password, sign out), and the page. */
export function Shell({
  nav,
  username,
  roleLabel,
  alertCount,
  live,
  children,
}: {
  nav: NavItem[];
  username: string;
  roleLabel: string;
  /** Unacknowledged alerts for the nav badge (null = unknown). */
  alertCount?: number | null;
  live?: LiveConfig;
  children: ReactNode;
}) {
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <div className="brand-mark">TM</div>
          <div>
            <div className="brand-name">Traffic Manager</div>
            <div className="brand-sub">{roleLabel} portal</div>
          </div>
        </div>
        <NavLinks items={nav} alertCount={alertCount} live={live} />
        <div className="sidebar-foot">
          <div className="whoami">
            <div className="avatar" aria-hidden>
              {username.slice(0, 1)}
            </div>
            <div>
              <div className="whoami-name" data-testid="whoami">
                {username}
              </div>
              <div className="whoami-role">{roleLabel}</div>
            </div>
          </div>
          <AccountActions username={username} />
        </div>
      </aside>
      <main className="main">{children}</main>
    </div>
  );
}
