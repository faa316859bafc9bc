import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { Role } from '@tm/shared';
import { Shell } from '@/components/ui/Shell';
import { homeFor } from '@/lib/areas';
import { AGENT_NAV } from '@/lib/nav';
import { unacknowledgedAlerts } from '@/lib/alerts';
import { liveConfig } from '@/lib/live';
import { requireSession } from '@/lib/session';

/** Agent area: server-side role check; admins are sent to their own dashboard. */
export default async function AgentLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  if (session.user.role !== Role.AGENT) redirect(homeFor(session.user.role));
  const alertCount = await unacknowledgedAlerts();
  return (
    <Shell nav={AGENT_NAV} username={session.user.username} alertCount={alertCount} live={liveConfig(session)} roleLabel="Agent">
      {children}
    </Shell>
  );
}
