import type { SVGProps } from 'react';

type P = SVGProps<SVGSVGElement>;
const base = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round', viewBox: '0 0 24 24', 'aria-hidden': true } as const;

export const IconDashboard = (p: P) => (
  <svg {...base} {...p}><rect x="3" y="3" width="7" height="9" rx="1.5" /><rect x="14" y="3" width="7" height="5" rx="1.5" /><rect x="14" y="12" width="7" height="9" rx="1.5" /><rect x="3" y="16" width="7" height="5" rx="1.5" /></svg>
);
export const IconAgents = (p: P) => (
  <svg {...base} {...p}><path d="M3 21v-1a6 6 0 0 1 6-6h0a6 6 0 0 1 6 6v1" /><circle cx="9" cy="7" r="4" /><path d="M16 3.5a4 4 0 0 1 0 7" /><path d="M21 21v-1a6 6 0 0 0-4-5.6" /></svg>
);
export const IconUsers = (p: P) => (
  <svg {...base} {...p}><circle cx="12" cy="8" r="4" /><path d="M4 21v-1a7 7 0 0 1 7-7h2a7 7 0 0 1 7 7v1" /></svg>
);
export const IconSystem = (p: P) => (
  <svg {...base} {...p}><rect x="3" y="4" width="18" height="7" rx="1.5" /><rect x="3" y="13" width="18" height="7" rx="1.5" /><path d="M7 7.5h.01M7 16.5h.01" /></svg>
);
export const IconSearch = (p: P) => (
  <svg {...base} {...p}><circle cx="11" cy="11" r="7" /><path d="m20 20-3.5-3.5" /></svg>
);
export const IconPlus = (p: P) => (
  <svg {...base} width={16} height={16} {...p}><path d="M12 5v14M5 12h14" /></svg>
);
export const IconInbox = (p: P) => (
  <svg {...base} {...p}><path d="M3 13h5l1.5 3h5L16 13h5" /><path d="M5 5h14l2 8v6H3v-6z" /></svg>
);
export const IconAlert = (p: P) => (
  <svg {...base} {...p}><path d="M12 9v4M12 17h.01" /><path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" /></svg>
);
export const IconLock = (p: P) => (
  <svg {...base} {...p}><rect x="4" y="11" width="16" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" /></svg>
);
export const IconKey = (p: P) => (
  <svg {...base} {...p}><circle cx="7.5" cy="15.5" r="4.5" /><path d="m10.7 12.3 9.3-9.3M16 7l3 3M14 9l2 2" /></svg>
);
export const IconTraffic = (p: P) => (
  <svg {...base} {...p}><path d="M3 20h18" /><path d="M6 16v-5M10 16V6M14 16v-8M18 16v-3" /></svg>
);
export const IconServers = (p: P) => (
  <svg {...base} {...p}><rect x="3" y="4" width="18" height="6" rx="1.5" /><rect x="3" y="14" width="18" height="6" rx="1.5" /><path d="M7 7h.01M7 17h.01M11 7h6M11 17h6" /></svg>
);
export const IconRefresh = (p: P) => (
  <svg {...base} width={15} height={15} {...p}><path d="M20 11a8 8 0 0 0-14.9-3.9M4 4v4h4" /><path d="M4 13a8 8 0 0 0 14.9 3.9M20 20v-4h-4" /></svg>
);
export const IconCopy = (p: P) => (
  <svg {...base} width={14} height={14} {...p}><rect x="8" y="8" width="12" height="12" rx="2" /><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" /></svg>
);
export const IconChart = (p: P) => (
  <svg {...base} {...p}><path d="M3 3v18h18" /><path d="m7 14 4-4 3 3 5-6" /></svg>
);
export const IconBell = (p: P) => (
  <svg {...base} {...p}><path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" /><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" /></svg>
);
export const IconCheck = (p: P) => (
  <svg {...base} width={15} height={15} {...p}><path d="M20 6 9 17l-5-5" /></svg>
);
export const IconReset = (p: P) => (
  <svg {...base} {...p}><path d="M3 12a9 9 0 1 0 3-6.7" /><path d="M3 4v5h5" /><path d="M12 8v4l2.5 2.5" /></svg>
);
export const IconDownload = (p: P) => (
  <svg {...base} width={14} height={14} {...p}><path d="M12 4v11M7 10l5 5 5-5" /><path d="M5 20h14" /></svg>
);
export const IconCalendar = (p: P) => (
  <svg {...base} {...p}><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></svg>
);
export const IconGauge = (p: P) => (
  <svg {...base} {...p}><path d="M4.5 18a9 9 0 1 1 15 0" /><path d="m12 14 4-5" /><circle cx="12" cy="14" r="1.6" /></svg>
);
export const IconRouter = (p: P) => (
  <svg {...base} {...p}><rect x="3" y="13" width="18" height="7" rx="1.5" /><path d="M7 16.5h.01M11 16.5h.01" /><path d="M17 13V9" /><path d="M13.5 6.5a5 5 0 0 1 7 0M15 8.2a2.6 2.6 0 0 1 4 0" /></svg>
);
export const IconTicket = (p: P) => (
  <svg {...base} {...p}><path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4z" /><path d="M9 6v12" strokeDasharray="2 2" /></svg>
);
export const IconPrinter = (p: P) => (
  <svg {...base} width={16} height={16} {...p}><path d="M6 9V3h12v6" /><rect x="3" y="9" width="18" height="8" rx="2" /><path d="M6 14h12v7H6z" /></svg>
);
export const IconPlug = (p: P) => (
  <svg {...base} {...p}><path d="M9 2v5M15 2v5" /><path d="M6 7h12v4a6 6 0 0 1-12 0z" /><path d="M12 17v5" /></svg>
);
