import type { Role } from '@tm/shared';

/** Who is calling a service: a signed-in account (by session or API key) or the system itself (jobs, CLI). */
export type Actor =
  | { kind: 'account'; accountId: number; username: string; role: Role; via: 'session' | 'api-key' }
  | { kind: 'system'; reason: string };

export const systemActor = (reason: string): Actor => ({ kind: 'system', reason });

export const isAdmin = (actor: Actor): boolean => actor.kind === 'system' || actor.role === 'ADMIN';

/** The account id to record as actor; null for the system. */
export const actorId = (actor: Actor): number | null => (actor.kind === 'account' ? actor.accountId : null);
