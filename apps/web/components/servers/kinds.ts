import type { ServerKind } from '@/lib/graphql/models';

export const SERVER_KINDS: { kind: ServerKind; label: string; hint: string }[] = [
  { kind: 'WEBHOOK', label: 'Webhook', hint: 'Anything that can POST JSON: an Xpert-style panel, a script, a log shipper.' },
  { kind: 'MARZBAN', label: 'Marzban', hint: 'A Marzban node; reports through the webhook.' },
  { kind: 'XUI', label: '3x-ui', hint: 'A 3x-ui panel or one of its inbounds; reports through the webhook.' },
  { kind: 'ROUTEROS', label: 'MikroTik RouterOS', hint: 'A hotspot router; reports through the webhook.' },
];

export function kindLabel(kind: string): string {
  return SERVER_KINDS.find((k) => k.kind === kind)?.label ?? kind;
}
