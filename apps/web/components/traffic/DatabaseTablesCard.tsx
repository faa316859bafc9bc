import { formatNumber } from '@/lib/format';
import type { DatabaseInfo } from '@/lib/graphql/models';

/** A table name as people say it: "usage_hourly" → "Usage hourly". */
function tableLabel(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The Traffic page's "Rows per table" card: each table of the sample database with its share. */
export function DatabaseTablesCard({ db }: { db: DatabaseInfo | null }) {
  const maxRows = db ? db.tables.reduce((m, t) => Math.max(m, t.rows), 0) : 0;
  return (
    <section className="card" data-testid="tables-card">
      <div className="card-head">
        <div>
          <h2>Rows per table</h2>
          <p>What the {db?.database ?? ''} database holds.</p>
        </div>
      </div>
      {!db ? (
        <div className="card-body">
          <span className="small muted">Unavailable right now.</span>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table compact" data-testid="db-tables">
              <thead>
                <tr>
                  <th>Table</th>
                  <th className="num">Rows</th>
                  <th style={{ width: '45%' }}>
                    <span className="sr-only">Share</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {db.tables.map((t) => (
                  <tr key={t.name} data-testid={`db-table-${t.name}`}>
                    <td className="mono" title={tableLabel(t.name)}>
                      {t.name}
                    </td>
                    <td className="num">{formatNumber(t.rows)}</td>
                    <td>
                      <div className="bar thin" aria-hidden>
                        <span style={{ width: `${maxRows ? Math.max(t.rows > 0 ? 1.5 : 0, (t.rows / maxRows) * 100) : 0}%` }} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
