import type { ReactNode } from 'react';
import { Role } from '@tm/shared';
import { Forbidden } from '@/components/ui/Forbidden';
import { Shell } from '@/components/ui/Shell';
import { ADMIN_NAV } from '@/lib/nav';
import { unacknowledgedAlerts } from '@/lib/alerts';
import { liveConfig } from '@/lib/live';
import { requireSession } from '@/lib/session';

/** Admin area: server-side role check (proxy.ts checks first; every page checks again). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  if (session.user.role !== Role.ADMIN) {
    return (
      <div className="auth-page">
        <Forbidden />
      </div>
    );
  }
  const alertCount = await unacknowledgedAlerts();
  return (
    <Shell nav={ADMIN_NAV} username={session.user.username} alertCount={alertCount} live={liveConfig(session)} roleLabel="Admin">
      {children}
    </Shell>
  );
}
