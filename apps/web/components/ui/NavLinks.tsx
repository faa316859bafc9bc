'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useAlertCount } from '@/components/alerts/useAlertCount';
import type { LiveConfig } from '@/components/live/useSubscription';
import { IconAgents, IconBell, IconDashboard, IconGauge, IconPlug, IconReset, IconServers, IconSystem, IconTicket, IconTraffic, IconUsers } from './Icons';

export interface NavItem {
  href: string;
  label: string;
  icon: 'dashboard' | 'agents' | 'users' | 'traffic' | 'servers' | 'connectors' | 'bandwidth' | 'vouchers' | 'resets' | 'system' | 'alerts';
  /** Active only on the exact path (for a home that prefixes other items). */
  exact?: boolean;
  /** Shows a live count next to the label. */
  count?: 'alerts';
}

const ICONS = { dashboard: IconDashboard, agents: IconAgents, users: IconUsers, traffic: IconTraffic, servers: IconServers, connectors: IconPlug, bandwidth: IconGauge, vouchers: IconTicket, resets: IconReset, system: IconSystem, alerts: IconBell };

export function NavLinks({ items, alertCount = null, live }: { items: NavItem[]; alertCount?: number | null; live?: LiveConfig }) {
  const pathname = usePathname();
  const alerts = useAlertCount(alertCount, live);
  return (
    <nav className="nav" aria-label="Main">
      {items.map((item) => {
        const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
        const Icon = ICONS[item.icon];
        const count = item.count === 'alerts' ? alerts : null;
        const countId = `nav-count-${item.icon}`;
        return (
          <Link key={item.href} href={item.href} aria-current={active ? 'page' : undefined} aria-describedby={count ? countId : undefined}>
            <Icon />
            {item.label}
            {count ? (
              <>
                <span className="nav-count" aria-hidden data-testid={`nav-${item.icon}-count`}>
                  {count > 99 ? '99+' : count}
                </span>
                <span id={countId} hidden>
                  {count} unacknowledged
                </span>
              </>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
