/** Placeholder while a page's data loads (used by loading.tsx). */
export function PageSkeleton() {
  return (
    <div className="stack" aria-busy="true" aria-live="polite" data-testid="loading">
      <span className="sr-only">Loading…</span>
      <div className="skeleton" style={{ width: 220, height: 28 }} />
      <div className="grid stats">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="card stat">
            <div className="skeleton" style={{ width: '50%', height: 12 }} />
            <div className="skeleton" style={{ width: '35%', height: 26, marginTop: 10 }} />
          </div>
        ))}
      </div>
      <div className="card">
        <div className="card-body stack" style={{ gap: 14 }}>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="skeleton" style={{ height: 18, width: `${90 - i * 7}%` }} />
          ))}
        </div>
      </div>
    </div>
  );
}
