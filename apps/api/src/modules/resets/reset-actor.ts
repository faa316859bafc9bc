import type { Actor } from '../../platform/auth/actor';
import type { ResetActorKind } from './reset-event.entity';

/** Who a reset is recorded as done by. */
export interface ResetActor {
  kind: ResetActorKind;
  /** The account (also behind an API key); null for schedules and the system. */
  id: number | null;
  label: string | null;
}

export function resetActorOf(actor: Actor): ResetActor {
  if (actor.kind === 'system') return { kind: 'SYSTEM', id: null, label: actor.reason };
  return { kind: actor.via === 'api-key' ? 'API_KEY' : 'ACCOUNT', id: actor.accountId, label: actor.username };
}

export const scheduleActor = (name: string): ResetActor => ({ kind: 'SCHEDULE', id: null, label: name });
export const BILLING_ACTOR: ResetActor = { kind: 'SYSTEM', id: null, label: 'billing cycle' };
