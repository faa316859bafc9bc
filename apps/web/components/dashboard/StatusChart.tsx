'use client';

import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import { USER_STATUS_COLORS, userStatusLabel } from '@/components/ui/Badge';
import type { StatusCount } from '@/lib/counts';

/** Users by status: a donut and a legend with counts. */
export function StatusChart({ counts, total }: { counts: StatusCount[]; total: number }) {
  const data = counts.filter((c) => c.count > 0).map((c) => ({ name: userStatusLabel(c.status), value: c.count, status: c.status }));
  return (
    <div className="row wrap" style={{ gap: 28 }}>
      <div style={{ position: 'relative', width: 168, height: 168 }}>
        <PieChart width={168} height={168}>
          <Pie data={data.length ? data : [{ name: 'None', value: 1, status: 'NONE' }]} dataKey="value" innerRadius={56} outerRadius={80} paddingAngle={data.length > 1 ? 2 : 0} stroke="none" isAnimationActive={false}>
            {(data.length ? data : [{ status: 'NONE' }]).map((d) => (
              <Cell key={d.status} fill={USER_STATUS_COLORS[d.status] ?? '#e2e8f0'} />
            ))}
          </Pie>
          {data.length > 0 && <Tooltip formatter={(v) => [String(v), 'users']} />}
        </PieChart>
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', pointerEvents: 'none', textAlign: 'center' }}>
          <div>
            <div style={{ fontSize: 24, fontWeight: 700 }}>{total}</div>
            <div className="small muted">users</div>
          </div>
        </div>
      </div>
      <ul className="legend" style={{ flexDirection: 'column', listStyle: 'none', padding: 0, margin: 0, gap: 10 }}>
        {counts.map((c) => (
          <li key={c.status} className="legend-item">
            <span className="legend-dot" style={{ background: USER_STATUS_COLORS[c.status] }} />
            <span style={{ minWidth: 78 }}>{userStatusLabel(c.status)}</span>
            <b>{c.count}</b>
          </li>
        ))}
      </ul>
    </div>
  );
}
