'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconCalendar, IconPlus } from '@/components/ui/Icons';
import { When, ZonedWhen } from '@/components/ui/When';
import { gql } from '@/lib/graphql/client';
import { DELETE_RESET_SCHEDULE, UPDATE_RESET_SCHEDULE } from '@/lib/graphql/documents/resets';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ResetSchedule } from '@/lib/graphql/models';
import { describeCron, formatInZone, scopeLabel, targetText } from '@/lib/resets';
import { SCOPE_TONES } from './ResetHistory';
import { ScheduleFormModal } from './ScheduleFormModal';

type Err = { code: string; message: string };
type Dialog = { kind: 'create' } | { kind: 'edit'; schedule: ResetSchedule } | { kind: 'delete'; schedule: ResetSchedule } | null;

/**
 * Scheduled resets: what each resets, when (cron in words, in its zone), its next and last run,
 * an on/off switch, edit and delete (confirmed).
 */
export function SchedulesCard({
  initial,
  loadError,
  defaultTimeZone,
  onNotice,
}: {
  initial: ResetSchedule[] | null;
  loadError: Err | null;
  defaultTimeZone: string | null;
  onNotice: (text: string) => void;
}) {
  const [source, setSource] = useState(initial);
  const [schedules, setSchedules] = useState(initial ?? []);
  if (source !== initial) {
    setSource(initial);
    setSchedules(initial ?? []);
  }
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const [error, setError] = useState<Err | null>(null);
  const close = () => setDialog(null);

  function put(s: ResetSchedule) {
    setSchedules((list) => (list.some((x) => x.id === s.id) ? list.map((x) => (x.id === s.id ? s : x)) : [...list, s]));
  }

  async function setEnabled(s: ResetSchedule, enabled: boolean) {
    setToggling(s.id);
    setError(null);
    try {
      const d = await gql(UPDATE_RESET_SCHEDULE, { id: s.id, input: { enabled } });
      put(d.updateResetSchedule);
      onNotice(enabled ? `Schedule ${s.name} is on; next run ${formatInZone(d.updateResetSchedule.nextRunAt, d.updateResetSchedule.timeZone)}.` : `Schedule ${s.name} is off; it won't run until you turn it on.`);
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setToggling(null);
    }
  }

  const newButton = (
    <Button variant="primary" size="sm" onClick={() => setDialog({ kind: 'create' })} disabled={!!loadError && !initial}>
      <IconPlus /> New schedule
    </Button>
  );

  return (
    <section className="card" data-testid="reset-schedules">
      <div className="card-head">
        <div>
          <h2>Schedules</h2>
          <p>Resets that run on their own. A traffic report is stored before each run; a run missed while the API was down is made up once.</p>
        </div>
        {newButton}
      </div>
      {error && (
        <div style={{ padding: '14px 20px 0' }}>
          <ErrorAlert code={error.code} message={error.message} />
        </div>
      )}
      {loadError && !initial ? (
        <div className="card-body">
          <ErrorAlert code={loadError.code} message={`Schedules are unavailable: ${loadError.message}`} />
        </div>
      ) : schedules.length === 0 ? (
        <EmptyState title="No schedules yet" icon={<IconCalendar />} action={newButton}>
          Reset a user, a server, an agent or everything at fixed times, e.g. on the 1st of each month at 03:00.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="schedules-table">
            <thead>
              <tr>
                <th>Schedule</th>
                <th style={{ minWidth: 230 }}>When</th>
                <th>Next run</th>
                <th>Last run</th>
                <th>On</th>
                <th className="actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {schedules.map((s) => {
                const words = describeCron(s.cron);
                return (
                  <tr key={s.id} data-testid={`schedule-row-${s.name}`} className={s.enabled ? undefined : 'paused'}>
                    <td>
                      <div className="primary-cell">{s.name}</div>
                      <div className="row" style={{ gap: 6, marginTop: 3 }} data-testid="schedule-target">
                        <Badge tone={SCOPE_TONES[s.scope] ?? 'gray'} plain>
                          {scopeLabel(s.scope)}
                        </Badge>
                        <span className="small nowrap">{targetText(s.scope, s.targetLabel, s.targetId)}</span>
                      </div>
                      {s.reason && (
                        <div className="sub reason" title={s.reason}>
                          “{s.reason}”
                        </div>
                      )}
                    </td>
                    <td>
                      <div data-testid="schedule-description">{words ?? <span className="mono">{s.cron}</span>}</div>
                      <div className="sub nowrap">
                        <span className="mono">{s.cron}</span> · {s.timeZone}
                      </div>
                    </td>
                    <td className="nowrap" data-testid="schedule-next">
                      {s.enabled && s.nextRunAt ? (
                        <>
                          <div>
                            <ZonedWhen iso={s.nextRunAt} zone={s.timeZone} time />
                          </div>
                          <div className="sub">{s.timeZone} time</div>
                        </>
                      ) : (
                        <Badge tone="gray">Paused</Badge>
                      )}
                    </td>
                    <td className="nowrap" data-testid="schedule-last">
                      {s.lastRunAt ? (
                        <>
                          <When iso={s.lastRunAt} time />
                          <div>{s.lastOk === false ? <Badge tone="red">Failed</Badge> : <Badge tone="green">OK</Badge>}</div>
                        </>
                      ) : (
                        <span className="muted">Not yet</span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        role="switch"
                        className="switch"
                        aria-checked={s.enabled}
                        aria-label={`Schedule ${s.name} enabled`}
                        disabled={toggling === s.id}
                        onClick={() => void setEnabled(s, !s.enabled)}
                        data-testid="schedule-enabled"
                      >
                        <span className="switch-knob" />
                      </button>
                    </td>
                    <td className="actions">
                      <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'edit', schedule: s })} aria-label={`Edit schedule ${s.name}`}>
                        Edit
                      </Button>
                      <Button size="sm" variant="ghost" className="danger-text" onClick={() => setDialog({ kind: 'delete', schedule: s })} aria-label={`Delete schedule ${s.name}`}>
                        Delete
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ScheduleFormModal
          schedule={dialog.kind === 'edit' ? dialog.schedule : undefined}
          defaultTimeZone={defaultTimeZone}
          onClose={close}
          onSaved={(s, created) => {
            put(s);
            onNotice(
              created
                ? `Schedule ${s.name} created${s.enabled && s.nextRunAt ? `; first run ${formatInZone(s.nextRunAt, s.timeZone)} (${s.timeZone})` : ''}.`
                : `Saved schedule ${s.name}.`,
            );
            close();
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete the schedule ${dialog.schedule.name}?`}
          confirmLabel="Delete schedule"
          onClose={close}
          onConfirm={async () => {
            const s = dialog.schedule;
            await gql(DELETE_RESET_SCHEDULE, { id: s.id });
            setSchedules((list) => list.filter((x) => x.id !== s.id));
            onNotice(`Schedule ${s.name} deleted.`);
          }}
        >
          It won&apos;t run again. Resets it already ran and their reports stay in the history.
        </ConfirmDialog>
      )}
    </section>
  );
}
