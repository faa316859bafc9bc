import { describeChoice, lowerFirst, type Choice, type ProfileIndex } from '@/lib/over-limit';

/** "Cuts off" or "Throttles to ↓512K ↑256K" (breaking before the speed when room is short), with the sentence on hover. */
export function OverLimitBadge({ choice, profiles, prefix, testId = 'over-limit' }: { choice: Choice; profiles: ProfileIndex; /** e.g. "As agent:" */ prefix?: string; testId?: string }) {
  const d = describeChoice(choice, profiles);
  const lead = prefix ? `${prefix} ` : '';
  return (
    <span className={`badge ${d.tone} plain over-limit-badge`} title={d.hint} data-testid={testId} data-action={choice.action}>
      {d.speed ? (
        <span>
          {lead}
          {prefix ? 'throttles\u00a0to' : 'Throttles\u00a0to'} <span className="nowrap">{d.speed}</span>
        </span>
      ) : (
        `${lead}${prefix ? lowerFirst(d.label) : d.label}`
      )}
    </span>
  );
}
