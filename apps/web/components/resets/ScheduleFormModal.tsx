'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { FormActions } from '@/components/ui/FormActions';
import { Modal } from '@/components/ui/Modal';
import { TimeZoneField } from '@/components/ui/TimeZoneField';
import { UserPicker } from '@/components/traffic/UserPicker';
import { gql } from '@/lib/graphql/client';
import { CREATE_RESET_SCHEDULE, RESET_TARGETS, UPDATE_RESET_SCHEDULE } from '@/lib/graphql/documents/resets';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import type { ResetSchedule, ResetSchedulePatch, ResetScope, ResetTargets } from '@/lib/graphql/models';
import { isValidTimeZone, RESET_SCOPES } from '@/lib/resets';
import { CronPreview, useCronPreview } from './CronPreview';

type Errors = Partial<Record<'name' | 'target' | 'cron' | 'timeZone', string>>;
type Target = { id: string; label: string } | null;

const SCOPE_CHOICES: Record<ResetScope, string> = {
  USER: 'One user — its period usage',
  SERVER: 'One server — the usage counted on it',
  AGENT: "One agent — its charged usage",
  ALL: 'Everything — every user, server and agent',
  DEPLETED: 'Delete depleted users (limit reached or expired)',
};

const CRON_EXAMPLES = [
  { cron: '0 3 1 * *', label: 'Monthly, 1st at 03:00' },
  { cron: '0 0 * * *', label: 'Daily at midnight' },
  { cron: '0 0 * * 1', label: 'Mondays at midnight' },
];

const needsTarget = (scope: ResetScope) => scope === 'USER' || scope === 'SERVER' || scope === 'AGENT';

/**
 * Create or edit a scheduled reset: name, what it resets (and which user / server / agent), a 5-field
 * cron read in a time zone, a reason. Under the cron: what it means in words and its next five runs in
 * that zone (`previewSchedule`), or the API's BAD_USER_INPUT message when the cron or zone is wrong.
 */
export function ScheduleFormModal({
  schedule,
  defaultTimeZone,
  onClose,
  onSaved,
}: {
  schedule?: ResetSchedule;
  defaultTimeZone: string | null;
  onClose: () => void;
  onSaved: (schedule: ResetSchedule, created: boolean) => void;
}) {
  const editing = !!schedule;
  const [name, setName] = useState(schedule?.name ?? '');
  const [scope, setScope] = useState<ResetScope>(schedule?.scope ?? 'USER');
  const [target, setTarget] = useState<Target>(schedule?.targetId ? { id: schedule.targetId, label: schedule.targetLabel ?? `#${schedule.targetId}` } : null);
  const [cron, setCron] = useState(schedule?.cron ?? '0 3 1 * *');
  const [zone, setZone] = useState(schedule?.timeZone ?? defaultTimeZone ?? '');
  const [reason, setReason] = useState(schedule?.reason ?? '');
  const [enabled, setEnabled] = useState(schedule?.enabled ?? true);
  const [errors, setErrors] = useState<Errors>({});
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [targets, setTargets] = useState<ResetTargets | null>(null);
  const [targetsError, setTargetsError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    gql(RESET_TARGETS)
      .then((d) => live && setTargets(d))
      .catch((err) => live && setTargetsError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, []);

  // The preview follows the cron and the zone as they are typed.
  const shownZone = zone.trim() || defaultTimeZone || 'UTC';
  const preview = useCronPreview(cron, zone);
  const zoneProblem = preview.state === 'invalid' && preview.about === 'timeZone' ? preview.message : null;
  const cronProblem = preview.state === 'invalid' && preview.about === 'cron' ? preview.message : null;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    if (!name.trim()) next.name = 'Give the schedule a name, e.g. "Monthly reset"';
    if (needsTarget(scope) && !target) next.target = `Pick the ${scope === 'USER' ? 'user' : scope === 'SERVER' ? 'server' : 'agent'} to reset`;
    if (!cron.trim()) next.cron = 'A cron expression with 5 fields, e.g. 0 3 1 * *';
    if (zone.trim() && !isValidTimeZone(zone)) next.timeZone = 'Pick a time zone from the list, e.g. Europe/Berlin or UTC';
    setErrors(next);
    if (Object.keys(next).length) return;

    const targetId = needsTarget(scope) || scope === 'DEPLETED' ? (target?.id ?? null) : null;
    setPending(true);
    setApiError(null);
    try {
      if (!schedule) {
        const input = { name: name.trim(), scope, targetId, cron: cron.trim(), timeZone: zone.trim() || undefined, enabled, reason: reason.trim() || null };
        const d = await gql(CREATE_RESET_SCHEDULE, { input });
        onSaved(d.createResetSchedule, true);
        return;
      }
      const patch: ResetSchedulePatch = {};
      if (name.trim() !== schedule.name) patch.name = name.trim();
      if (cron.trim() !== schedule.cron) patch.cron = cron.trim();
      if (zone.trim() && zone.trim() !== schedule.timeZone) patch.timeZone = zone.trim();
      if (enabled !== schedule.enabled) patch.enabled = enabled;
      if ((reason.trim() || null) !== (schedule.reason ?? null)) patch.reason = reason.trim() || null;
      if (targetId !== (schedule.targetId ?? null)) patch.targetId = targetId;
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      const d = await gql(UPDATE_RESET_SCHEDULE, { id: schedule.id, input: patch });
      onSaved(d.updateResetSchedule, false);
    } catch (err) {
      const fields = err instanceof GqlError ? ((err.extensions.fields ?? {}) as Record<string, unknown>) : {};
      const inline: Errors = {};
      for (const k of ['name', 'cron', 'timeZone'] as const) if (typeof fields[k] === 'string') inline[k] = fields[k] as string;
      if (typeof fields.targetId === 'string') inline.target = fields.targetId;
      setErrors(inline);
      setApiError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  const targetField = (() => {
    if (scope === 'USER') {
      return (
        <Field id="schedule-target" label="User" error={errors.target} full>
          {target ? (
            <div className="picked-target" data-testid="schedule-target">
              <span className="primary-cell">{target.label}</span>
              <span className="spacer" />
              <Button type="button" size="sm" variant="ghost" onClick={() => setTarget(null)}>
                Change
              </Button>
            </div>
          ) : (
            <UserPicker
              placeholder="Search the user by name, token or MAC"
              onPick={(u) => {
                setTarget({ id: u.id, label: u.username });
                setErrors((x) => ({ ...x, target: undefined }));
              }}
            />
          )}
        </Field>
      );
    }
    if (scope === 'SERVER' || scope === 'AGENT' || scope === 'DEPLETED') {
      const options =
        scope === 'AGENT'
          ? (targets?.agents ?? []).map((a) => ({ id: a.id, label: a.username, off: a.status === 'DISABLED' }))
          : (targets?.servers ?? []).map((s) => ({ id: s.id, label: s.name, off: s.status === 'DISABLED' }));
      // A saved target that is not in the list (deleted or renamed) stays selectable.
      if (target && !options.some((o) => o.id === target.id)) options.unshift({ id: target.id, label: target.label, off: false });
      const label = scope === 'AGENT' ? 'Agent' : 'Server';
      return (
        <Field
          id="schedule-target"
          label={label}
          error={errors.target ?? targetsError}
          hint={scope === 'DEPLETED' ? 'Only the depleted users of this server, or everywhere.' : targets ? undefined : 'Loading…'}
          full
        >
          <select
            {...describedBy('schedule-target', errors.target ?? targetsError, scope === 'DEPLETED' || !targets)}
            className="select"
            value={target?.id ?? ''}
            onChange={(e) => {
              const o = options.find((x) => x.id === e.target.value);
              setTarget(o ? { id: o.id, label: o.label } : null);
              setErrors((x) => ({ ...x, target: undefined }));
            }}
          >
            <option value="">{scope === 'DEPLETED' ? 'Everywhere' : `Pick ${scope === 'AGENT' ? 'an agent' : 'a server'}…`}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
                {o.off ? ' (disabled)' : ''}
              </option>
            ))}
          </select>
        </Field>
      );
    }
    return (
      <div className="alert warn full-row" role="note">
        <div>
          Each run clears <strong>all</strong> period usage: every user, server and agent, and the system&apos;s. A traffic report is stored
          before each run.
        </div>
      </div>
    );
  })();

  return (
    <Modal
      title={editing ? `Edit ${schedule.name}` : 'New schedule'}
      description="A reset that runs on its own, at times given by a cron expression in a time zone. A traffic report is stored before each run."
      onClose={onClose}
      busy={pending}
      size="lg"
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="schedule-form">
        {apiError && <ErrorAlert code={apiError.code} message={apiError.message} />}
        <div className="form-grid">
          <Field id="schedule-name" label="Name" error={errors.name}>
            <input
              {...describedBy('schedule-name', errors.name)}
              className="input"
              maxLength={100}
              placeholder="e.g. Monthly reset"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </Field>
          <Field id="schedule-scope" label="What to reset" hint={editing ? 'Fixed once created; make a new schedule for something else.' : undefined}>
            <select
              {...describedBy('schedule-scope', null, editing)}
              className="select"
              value={scope}
              disabled={editing}
              onChange={(e) => {
                setScope(e.target.value as ResetScope);
                setTarget(null);
                setErrors((x) => ({ ...x, target: undefined }));
              }}
            >
              {RESET_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {SCOPE_CHOICES[s]}
                </option>
              ))}
            </select>
          </Field>
          {targetField}
          <Field id="schedule-cron" label="When (cron)" error={errors.cron ?? cronProblem} hint="Minute, hour, day of month, month, day of week.">
            <input
              {...describedBy('schedule-cron', errors.cron ?? cronProblem, true)}
              className="input mono"
              autoComplete="off"
              spellCheck={false}
              placeholder="0 3 1 * *"
              value={cron}
              onChange={(e) => {
                setCron(e.target.value);
                setErrors((x) => ({ ...x, cron: undefined }));
              }}
            />
          </Field>
          <TimeZoneField
            id="schedule-timeZone"
            value={zone}
            placeholder={defaultTimeZone ?? 'UTC'}
            error={errors.timeZone ?? zoneProblem}
            hint={defaultTimeZone ? `The cron is read in this zone. Default: ${defaultTimeZone}.` : 'The cron is read in this zone.'}
            onChange={(z) => {
              setZone(z);
              setErrors((x) => ({ ...x, timeZone: undefined }));
            }}
          />
          <div className="full-row cron-examples" aria-label="Examples">
            {CRON_EXAMPLES.map((x) => (
              <button key={x.cron} type="button" className="chip" onClick={() => setCron(x.cron)} aria-pressed={cron.trim() === x.cron}>
                {x.label}
              </button>
            ))}
          </div>
          <CronPreview cron={cron} zone={shownZone} preview={preview} />
          <Field id="schedule-reason" label="Reason (optional)" hint="Written into the audit log at each run." full>
            <input
              {...describedBy('schedule-reason', null, true)}
              className="input"
              maxLength={500}
              placeholder="e.g. Monthly plan renewal"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <label className="check full-row">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            Enabled — runs at the times above
          </label>
        </div>
        <FormActions onCancel={onClose} pending={pending} submitLabel={editing ? 'Save changes' : 'Create schedule'} />
      </form>
    </Modal>
  );
}
