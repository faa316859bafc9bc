import type { UsageChannel, UsageUpdatedPayload } from './usage-live.topics';

/** Who a usageUpdated subscription listens for. */
export type UsageAudience = { kind: 'user'; userId: number } | { kind: 'agent'; agentId: number } | { kind: 'admin' };

export interface UsageCaller {
  admin: boolean;
  /** The signed-in account; null for the system actor. */
  accountId: number | null;
}

export interface UsageAudienceRequest {
  userId?: number;
  agentId?: number;
}

/** What the database said about the ids asked for. */
export interface UsageAudienceFacts {
  /** The requested user's owner, or null when there is no such user. */
  userOwner?: { agentId: number | null } | null;
  /** Whether the requested agent exists. */
  agentExists?: boolean;
}

export type UsageAudienceDecision =
  | { ok: true; audience: UsageAudience }
  | { ok: false; code: 'FORBIDDEN' | 'BAD_USER_INPUT'; reason: string };

const forbid = (reason: string): UsageAudienceDecision => ({ ok: false, code: 'FORBIDDEN', reason });

/**
 * userId → that user's events (an agent: its own users only; unknown users are refused too).
 * agentId → that agent's event plus its users' (an agent: itself only).
 * Neither → admins hear GLOBAL and every AGENT event; an agent hears itself and its users.
 */
export function decideAudience(caller: UsageCaller, req: UsageAudienceRequest, facts: UsageAudienceFacts): UsageAudienceDecision {
  if (req.userId !== undefined && req.agentId !== undefined) {
    return { ok: false, code: 'BAD_USER_INPUT', reason: 'Give userId or agentId, not both' };
  }
  if (req.userId !== undefined) {
    const owner = facts.userOwner;
    if (!owner) return forbid('You may not follow this user');
    if (!caller.admin && (caller.accountId === null || owner.agentId !== caller.accountId)) return forbid('You may not follow this user');
    return { ok: true, audience: { kind: 'user', userId: req.userId } };
  }
  if (req.agentId !== undefined) {
    if (!caller.admin && req.agentId !== caller.accountId) return forbid('You may not follow this agent');
    if (!facts.agentExists) return forbid('You may not follow this agent');
    return { ok: true, audience: { kind: 'agent', agentId: req.agentId } };
  }
  if (caller.admin) return { ok: true, audience: { kind: 'admin' } };
  if (caller.accountId === null) return forbid('You may not follow usage');
  return { ok: true, audience: { kind: 'agent', agentId: caller.accountId } };
}

/** The one channel an audience subscribes to. */
export function channelOf(a: UsageAudience): UsageChannel {
  if (a.kind === 'user') return `user:${a.userId}`;
  if (a.kind === 'agent') return `agent:${a.agentId}`;
  return 'admin';
}

/** Every channel an event is published on: exactly the channels whose audience receives it. */
export function channelsFor(p: UsageUpdatedPayload): UsageChannel[] {
  if (p.scope === 'USER') {
    const channels: UsageChannel[] = [`user:${p.userId!}`];
    if (p.agentId !== null) channels.push(`agent:${p.agentId}`);
    return channels;
  }
  if (p.scope === 'AGENT') return [`agent:${p.agentId!}`, 'admin'];
  return ['admin'];
}

/** The scope filter every subscription applies on top of its channel. */
export function receives(a: UsageAudience, p: UsageUpdatedPayload): boolean {
  if (a.kind === 'user') return p.scope === 'USER' && p.userId === a.userId;
  if (a.kind === 'agent') return (p.scope === 'AGENT' || p.scope === 'USER') && p.agentId === a.agentId;
  return p.scope === 'GLOBAL' || p.scope === 'AGENT';
}
