import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { OverLimitAction } from '@tm/shared';
import { badInput } from '../../platform/errors/domain-error';

export const overLimitActionSchema = z.enum([OverLimitAction.SUSPEND, OverLimitAction.THROTTLE]);
export const throttleProfileIdSchema = z.number().int().positive().nullable();

/**
 * A throttle choice must name a speed profile that exists, and THROTTLE must have one to throttle to
 * (`fallbackProfileId`: the agent's, for a user that inherits it). BAD_USER_INPUT otherwise.
 */
export async function assertThrottleChoice(
  m: EntityManager,
  action: OverLimitAction | null,
  profileId: number | null,
  fallbackProfileId: number | null = null,
): Promise<void> {
  if (profileId !== null) {
    const rows: unknown[] = await m.query('SELECT id FROM speed_profiles WHERE id = ?', [profileId]);
    if (!rows.length) throw badInput('No such speed profile to throttle to', { fields: { throttleProfileId: 'No such speed profile' } });
  }
  if (action === OverLimitAction.THROTTLE && profileId === null && fallbackProfileId === null) {
    throw badInput('THROTTLE needs a speed profile to throttle to', { fields: { throttleProfileId: 'Choose a speed profile' } });
  }
}
