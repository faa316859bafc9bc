import { PushActionBadge } from '@/components/connectors/badges';
import { PanelAnswerCells, PanelTargetCell } from '@/components/connectors/PanelAnswerCells';

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
              <td className="nowrap">
                <PushActionBadge action={p.action} />
              </td>
              <PanelTargetCell panelKey={p.panelKey} inbound={p.inbound} />
              <PanelAnswerCells ok={p.ok} status={p.status} message={p.message} />
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
