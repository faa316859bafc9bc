import { Badge } from '@/components/ui/Badge';

/** One change a reset pushed to a panel (connector), with the panel's answer. */
export interface PanelPush {
  connectorName: string;
  action: string;
  panelKey?: string | null;
  inbound?: string | null;
  ok: boolean;
  status?: number | null;
  message: string;
}

const ACTION: Record<string, string> = { RESET: 'Reset user', RESET_ALL: 'Reset all', DELETE: 'Delete user' };

/** What a reset did in the panels it reached, as each panel answered; nothing when no panel was involved. */
export function PanelPushes({ pushes }: { pushes: PanelPush[] }) {
  if (!pushes.length) return null;
  return (
    <div className="snapshot-section wide" data-testid="reset-panel-pushes" style={{ marginTop: 12 }}>
      <h4>
        In the panels <span className="muted">({pushes.length})</span>
      </h4>
      <div className="table-wrap">
      <table className="table dense compact">
        <thead>
          <tr>
            <th>Panel</th>
            <th>Action</th>
            <th>User</th>
            <th>Result</th>
            <th>The panel’s answer</th>
          </tr>
        </thead>
        <tbody>
          {pushes.map((p, i) => (
            <tr key={i}>
              <td>{p.connectorName}</td>
              <td>{ACTION[p.action] ?? p.action}</td>
              <td className="mono">{p.panelKey ?? (p.inbound ? `inbound ${p.inbound}` : 'everyone')}</td>
              <td>
                {p.ok ? <Badge tone="green">OK</Badge> : <Badge tone="red">Refused</Badge>}
                {p.status !== null && p.status !== undefined && <span className="sub mono"> HTTP {p.status}</span>}
              </td>
              <td>
                <span className={`small ${p.ok ? 'muted' : 'text-red'}`} style={{ wordBreak: 'break-word' }}>
                  {p.message || '—'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
