import type { NavItem } from '@/components/ui/NavLinks';

export const ADMIN_NAV: NavItem[] = [
  { href: '/dashboard', label: 'Dashboard', icon: 'dashboard' },
  { href: '/agents', label: 'Agents', icon: 'agents' },
  { href: '/users', label: 'Users', icon: 'users' },
  { href: '/traffic', label: 'Traffic', icon: 'traffic' },
  { href: '/servers', label: 'Servers', icon: 'servers' },
  { href: '/connectors', label: 'Connectors', icon: 'connectors' },
  { href: '/bandwidth', label: 'Bandwidth', icon: 'bandwidth' },
  { href: '/vouchers', label: 'Vouchers', icon: 'vouchers' },
  { href: '/resets', label: 'Resets', icon: 'resets' },
  { href: '/alerts', label: 'Alerts', icon: 'alerts', count: 'alerts' },
  { href: '/system', label: 'System', icon: 'system' },
];

export const AGENT_NAV: NavItem[] = [
  { href: '/agent', label: 'Dashboard', icon: 'dashboard', exact: true },
  { href: '/agent/users', label: 'My users', icon: 'users' },
  { href: '/agent/bandwidth', label: 'Bandwidth', icon: 'bandwidth' },
  { href: '/agent/vouchers', label: 'Vouchers', icon: 'vouchers' },
  { href: '/agent/alerts', label: 'Alerts', icon: 'alerts', count: 'alerts' },
];
