import { ErrorCode, formatBytes } from '@tm/shared';
import { DomainError } from '../../platform/errors/domain-error';
import type { QuotaStanding } from './quota.policy';

/** Refusal of a grant: the remaining bytes travel in `extensions` so a form can say what still fits. */
export function limitExceeded(agent: QuotaStanding, remaining: bigint, requested: bigint | null): DomainError {
  const message =
    requested === null
      ? `This agent has a traffic limit, so its users need a data limit (it can still grant ${formatBytes(remaining)})`
      : `This agent can still grant ${formatBytes(remaining)}; ${formatBytes(requested)} does not fit`;
  return new DomainError(ErrorCode.LIMIT_EXCEEDED, message, {
    remaining: remaining.toString(),
    requested: requested === null ? null : requested.toString(),
    limit: agent.limit === null ? null : agent.limit.toString(),
    quotaMode: agent.quotaMode,
  });
}
