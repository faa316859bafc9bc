'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { IconAgents, IconDashboard, IconServers, IconSystem, IconTraffic, IconUsers } from './Icons';

export interface NavItem {
  href: string;
  label: string;
  icon: 'dashboard' | 'agents' | 'users' | 'traffic' | 'servers' | 'system';
  /** Active only on the exact path (for a home that prefixes other items). */
  exact?: boolean;
}

const ICONS = { dashboard: IconDashboard, agents: IconAgents, users: IconUsers, traffic: IconTraffic, servers: IconServers, system: IconSystem };

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="nav" aria-label="Main">
      {items.map((item) => {
        const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
        const Icon = ICONS[item.icon];
        return (
          <Link key={item.href} href={item.href} aria-current={active ? 'page' : undefined}>
            <Icon />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
