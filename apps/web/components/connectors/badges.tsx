import type { Tone } from '@/components/ui/Badge';
import type { ConnectorKind, ConnectorStatus } from './types';

export const CONNECTOR_KINDS: { kind: ConnectorKind; label: string; urlHint: string; placeholder: string }[] = [
  { kind: 'MARZBAN', label: 'Marzban', urlHint: 'The dashboard’s address with its port, e.g. https://panel.example.com:8000', placeholder: 'https://panel.example.com:8000' },
  { kind: 'PASARGUARD', label: 'PasarGuard', urlHint: 'The dashboard’s address with its port, e.g. https://panel.example.com:8000', placeholder: 'https://panel.example.com:8000' },
  {
    kind: 'XUI',
    label: '3x-ui',
    urlHint: 'With its web base path (Panel settings → URI path), e.g. https://panel.example.com:2053/x7Kq2 — without it 3x-ui answers 404',
    placeholder: 'https://panel.example.com:2053/x7Kq2',
  },
];

export function connectorKindLabel(kind: string): string {
  return CONNECTOR_KINDS.find((k) => k.kind === kind)?.label ?? kind;
}

export function ConnectorKindLabel({ kind }: { kind: string }) {
  return (
    <span data-testid="connector-kind" data-kind={kind}>
      {connectorKindLabel(kind)}
    </span>
  );
}

const STATUS: Record<ConnectorStatus, { tone: Tone; label: string; hint: string }> = {
  ONLINE: { tone: 'green', label: 'Online', hint: 'The last poll logged in and read the panel' },
  OFFLINE: { tone: 'amber', label: 'Offline', hint: "The panel can't be reached; it is tried again on its own" },
  FAILED: { tone: 'red', label: 'Failed', hint: 'The panel refused us (its message is shown); tried again on its own' },
  UNKNOWN: { tone: 'gray', label: 'Not polled yet', hint: 'The first poll comes within seconds' },
};

export function ConnectorStatusBadge({ status }: { status: ConnectorStatus | string }) {
  const s = STATUS[status as ConnectorStatus] ?? { tone: 'gray' as Tone, label: status, hint: '' };
  return (
    <span className={`badge ${s.tone}`} title={s.hint} data-testid="connector-status" data-status={status}>
      {s.label}
    </span>
  );
}

/** Whether a user may use the panel: enabled, disabled by us (held, until our user may be online again), or disabled by hand in the panel. */
export function panelState(p: { enabled: boolean; held: boolean }): { key: 'enabled' | 'held' | 'holding' | 'disabled'; tone: Tone; label: string; hint: string } {
  if (p.held && !p.enabled) return { key: 'held', tone: 'amber', label: 'Disabled by us', hint: 'Our user may not be online (suspended, limited, expired or disabled): we disabled it in the panel, and enable it again when it may' };
  if (p.held) return { key: 'holding', tone: 'blue', label: 'Being disabled', hint: 'We hold it disabled; the panel is told on the next poll' };
  if (p.enabled) return { key: 'enabled', tone: 'green', label: 'Enabled', hint: 'Enabled in the panel' };
  return { key: 'disabled', tone: 'gray', label: 'Disabled in panel', hint: 'Disabled by hand in the panel: we leave it so' };
}

export function PanelStateBadge({ user }: { user: { enabled: boolean; held: boolean } }) {
  const s = panelState(user);
  return (
    <span className={`badge ${s.tone}`} title={s.hint} data-testid="panel-state" data-state={s.key}>
      {s.label}
    </span>
  );
}

const SHORT: Record<ReturnType<typeof panelState>['key'], string> = { enabled: 'enabled', held: 'held', holding: 'held', disabled: 'disabled' };

/**
 * The same, compact, for a row of the users list: "Panel: enabled" / "Panel: held" / "Panel: disabled",
 * or with the connector's name (cut to fit) when the user lives in several panels; the whole story on hover.
 */
export function UserPanelBadge({ user, connector, named }: { user: { enabled: boolean; held: boolean }; connector: string; named: boolean }) {
  const s = panelState(user);
  return (
    <span className={`badge ${s.tone}`} title={`${connector}: ${s.label.toLowerCase()}. ${s.hint}`} data-testid="panel-state" data-state={s.key} data-connector={connector}>
      {named ? <span style={{ maxWidth: 96, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{connector}</span> : 'Panel'}: {SHORT[s.key]}
    </span>
  );
}

const ACTIONS: Record<string, { tone: Tone; label: string }> = {
  DISABLE: { tone: 'amber', label: 'Disable' },
  ENABLE: { tone: 'green', label: 'Enable' },
  RESET: { tone: 'blue', label: 'Reset usage' },
  RESET_ALL: { tone: 'blue', label: 'Reset all' },
  DELETE: { tone: 'red', label: 'Delete' },
};

export function PushActionBadge({ action }: { action: string }) {
  const a = ACTIONS[action] ?? { tone: 'gray' as Tone, label: action };
  return (
    <span className={`badge ${a.tone} plain`} data-testid="push-action" data-action={action}>
      {a.label}
    </span>
  );
}
