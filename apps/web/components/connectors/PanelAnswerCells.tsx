import { Badge } from '@/components/ui/Badge';

/** Who a change in a panel was for: a user, an inbound, or the whole panel. */
export function PanelTargetCell({ panelKey, inbound }: { panelKey?: string | null; inbound?: string | null }) {
  return (
    <td className="nowrap">
      {panelKey ? <span className="mono">{panelKey}</span> : <span className="muted">{inbound ? `inbound ${inbound}` : 'whole panel'}</span>}
      {panelKey && inbound && <span className="sub"> · inbound {inbound}</span>}
    </td>
  );
}

/** Whether the panel took a change, its HTTP status and its own answer (two cells). */
export function PanelAnswerCells({ ok, status, message }: { ok: boolean; status?: number | null; message: string }) {
  return (
    <>
      <td className="nowrap" data-testid="push-result">
        {ok ? <Badge tone="green">OK</Badge> : <Badge tone="red">Failed</Badge>}
        {status !== null && status !== undefined && <span className="sub mono"> HTTP {status}</span>}
      </td>
      <td>
        <span className={`small ${ok ? 'muted' : 'text-red'}`} style={{ wordBreak: 'break-word' }} data-testid="push-message">
          {message || '—'}
        </span>
      </td>
    </>
  );
}
