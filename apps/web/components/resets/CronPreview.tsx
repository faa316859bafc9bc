'use client';

import { useEffect, useRef, useState } from 'react';
import { ErrorCode } from '@tm/shared';
import { gql } from '@/lib/graphql/client';
import { PREVIEW_SCHEDULE } from '@/lib/graphql/documents/resets';
import { errorMessage, GqlError } from '@/lib/graphql/errors';
import { describeCron, formatInZone } from '@/lib/resets';

export type Preview =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; runs: string[] }
  /** BAD_USER_INPUT: the API's message says what is wrong with the cron or the zone. */
  | { state: 'invalid'; message: string; about: 'cron' | 'timeZone' }
  | { state: 'error'; message: string };

const startOf = (cron: string): Preview => (cron.trim() ? { state: 'loading' } : { state: 'idle' });

/** `previewSchedule` as the cron and zone are typed (debounced; only the latest answer counts). */
export function useCronPreview(cron: string, zone: string): Preview {
  const [preview, setPreview] = useState<Preview>(() => startOf(cron));
  // Every edit starts over (idle for an empty cron, else loading until its answer comes), set
  // here during render rather than from the effect, which only asks.
  const [asked, setAsked] = useState({ cron, zone });
  if (asked.cron !== cron || asked.zone !== zone) {
    setAsked({ cron, zone });
    setPreview(startOf(cron));
  }
  const request = useRef(0);
  useEffect(() => {
    const text = cron.trim();
    const id = ++request.current;
    if (!text) return;
    const t = setTimeout(() => {
      gql(PREVIEW_SCHEDULE, { cron: text, timeZone: zone.trim() || null, count: 5 })
        .then((d) => id === request.current && setPreview({ state: 'ready', runs: d.previewSchedule }))
        .catch((err) => {
          if (id !== request.current) return;
          if (err instanceof GqlError && err.code === ErrorCode.BAD_USER_INPUT) {
            setPreview({ state: 'invalid', message: err.message, about: /zone/i.test(err.message) ? 'timeZone' : 'cron' });
          } else setPreview({ state: 'error', message: errorMessage(err) });
        });
    }, 300);
    return () => clearTimeout(t);
  }, [cron, zone]);
  return preview;
}

/** Under the cron field: what it means in words and its next runs as a wall clock in `zone` reads them. */
export function CronPreview({ cron, zone, preview }: { cron: string; zone: string; preview: Preview }) {
  const description = preview.state === 'ready' ? describeCron(cron) : null;
  return (
    <div className="full-row cron-preview" data-testid="cron-preview" data-state={preview.state} aria-live="polite">
      {preview.state === 'idle' && <span className="muted">Enter a cron expression to see when it runs.</span>}
      {preview.state === 'loading' && (
        <span className="muted row">
          <span className="spinner" aria-hidden /> Working out the next runs…
        </span>
      )}
      {preview.state === 'invalid' && <span className="muted">Fix the {preview.about === 'timeZone' ? 'time zone' : 'cron expression'} to see when it runs.</span>}
      {preview.state === 'error' && <span className="muted">Preview unavailable: {preview.message}</span>}
      {preview.state === 'ready' && (
        <>
          <div className="cron-text" data-testid="cron-description">
            {description ?? cron.trim()}
          </div>
          <div className="small muted" style={{ margin: '6px 0 4px' }}>
            {preview.runs.length === 0 ? 'It never runs.' : `Next ${preview.runs.length} ${preview.runs.length === 1 ? 'run' : 'runs'}, ${zone} time:`}
          </div>
          <ol className="next-runs" data-testid="cron-next-runs">
            {preview.runs.map((r) => (
              <li key={r}>
                <time dateTime={r}>{formatInZone(r, zone)}</time>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
