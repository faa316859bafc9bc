'use client';

import { useEffect, useState } from 'react';

/** A success message that disappears after a few seconds. */
export function useNotice(ms = 6000): [string | null, (text: string | null) => void] {
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), ms);
    return () => clearTimeout(t);
  }, [notice, ms]);
  return [notice?.text ?? null, (text) => setNotice(text ? { text, at: Date.now() } : null)];
}

export function Notice({ text, onClose }: { text: string | null; onClose: () => void }) {
  if (!text) return null;
  return (
    <div className="alert success" role="status" data-testid="notice" style={{ alignItems: 'center' }}>
      <div style={{ flex: 1 }}>{text}</div>
      <button type="button" className="btn ghost sm" onClick={onClose} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
