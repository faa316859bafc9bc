import type { ReactNode } from 'react';
import { formatBytes } from '@tm/shared';
import { formatNumber } from '@/lib/format';
import type { ResetSnapshot } from '@/lib/graphql/models';

/** A byte count as GB etc., with the exact bytes on hover. */
function B({ v }: { v: string | null | undefined }) {
  if (v == null || !/^\d+$/.test(String(v))) return <span className="muted">—</span>;
  return (
    <span className="bytes" title={`${BigInt(v).toLocaleString('en-US')} bytes`}>
      {formatBytes(v)}
    </span>
  );
}

const big = (v: string | null | undefined) => (v != null && /^\d+$/.test(String(v)) ? BigInt(v) : 0n);
const sum = (up: string, down: string) => (big(up) + big(down)).toString();

function More({ shown, total, what }: { shown: number; total: number | undefined; what: string }) {
  if (total === undefined || total <= shown) return null;
  return (
    <div className="snapshot-more" data-testid="snapshot-more">
      {formatNumber(total - shown)} more {what} not shown
    </div>
  );
}

function Section({ title, count, testId, wide, children }: { title: string; count: number; testId: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`snapshot-section${wide ? ' wide' : ''}`} data-testid={testId}>
      <h4>
        {title} <span className="muted">({formatNumber(count)})</span>
      </h4>
      {children}
    </div>
  );
}

function CountersTable({ label, rows }: { label: string; rows: { key: string; label: string; up: string; down: string }[] }) {
  return (
    <div className="table-wrap">
      <table className="table compact snapshot-table">
        <thead>
          <tr>
            <th>{label}</th>
            <th className="num">Download</th>
            <th className="num">Upload</th>
            <th className="num">Total before</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td className="primary-cell">{r.label}</td>
              <td className="num">
                <B v={r.down} />
              </td>
              <td className="num">
                <B v={r.up} />
              </td>
              <td className="num" style={{ fontWeight: 600 }}>
                <B v={sum(r.up, r.down)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A reset's snapshot, readable: the before-values of every counter it zeroed, per user, per user on
 * each server, per server, per agent and for the system. Lists may be cut; the counts are full.
 */
export function SnapshotTables({ snapshot }: { snapshot: ResetSnapshot }) {
  const users = snapshot.users ?? [];
  const userServers = snapshot.userServers ?? [];
  const servers = snapshot.servers ?? [];
  const agents = snapshot.agents ?? [];
  const counts = snapshot.counts ?? {};
  const empty = !users.length && !userServers.length && !servers.length && !agents.length && !snapshot.system;
  if (empty) return <p className="small muted">No counter had anything to clear.</p>;

  return (
    <div className="snapshot" data-testid="snapshot">
      {snapshot.system && (
        <Section title="System" count={1} testId="snapshot-system">
          <dl className="kv small">
            <dt>Download</dt>
            <dd>
              <B v={snapshot.system.down} />
            </dd>
            <dt>Upload</dt>
            <dd>
              <B v={snapshot.system.up} />
            </dd>
            <dt>Total before</dt>
            <dd>
              <B v={sum(snapshot.system.up, snapshot.system.down)} />
            </dd>
          </dl>
        </Section>
      )}
      {agents.length > 0 && (
        <Section title="Agents" count={counts.agents ?? agents.length} testId="snapshot-agents">
          <table className="table compact snapshot-table">
            <thead>
              <tr>
                <th>Agent</th>
                <th className="num">Charged before</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.id}>
                  <td className="primary-cell">{a.label}</td>
                  <td className="num" style={{ fontWeight: 600 }}>
                    <B v={a.charged} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <More shown={agents.length} total={counts.agents} what="agents" />
        </Section>
      )}
      {users.length > 0 && (
        <Section title="Users" count={counts.users ?? users.length} testId="snapshot-users" wide>
          <CountersTable label="User" rows={users.map((u) => ({ key: u.id, label: u.label, up: u.up, down: u.down }))} />
          <More shown={users.length} total={counts.users} what="users" />
        </Section>
      )}
      {servers.length > 0 && (
        <Section title="Servers" count={counts.servers ?? servers.length} testId="snapshot-servers" wide>
          <CountersTable label="Server" rows={servers.map((s) => ({ key: s.id, label: s.label, up: s.up, down: s.down }))} />
          <More shown={servers.length} total={counts.servers} what="servers" />
        </Section>
      )}
      {userServers.length > 0 && (
        <Section title="Users per server" count={counts.userServers ?? userServers.length} testId="snapshot-user-servers" wide>
          <CountersTable label="User @ server" rows={userServers.map((x) => ({ key: `${x.userId}:${x.serverId}`, label: x.label, up: x.up, down: x.down }))} />
          <More shown={userServers.length} total={counts.userServers} what="user × server rows" />
        </Section>
      )}
      {snapshot.truncated && (
        <p className="small muted" style={{ gridColumn: '1 / -1' }}>
          The lists above are cut short; the counts in brackets are complete.
        </p>
      )}
    </div>
  );
}
