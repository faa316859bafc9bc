import type { DataSource } from 'typeorm';
import { Role } from '@tm/shared';
import { filter, pipe } from '@graphql-yoga/subscription';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { DomainError } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { UsageAudienceRequest, UsageAudienceFacts, channelOf, channelsFor, decideAudience, receives } from './usage-live.policy';
import { UsageUpdatedPayload, usageTopic } from './usage-live.topics';
import { bytesOf, chunks, placeholders } from './usage-rows';
import type { BatchCommitted, UsageListener } from './usage.topics';

export interface UsageLiveOptions {
  /** At most one flush per this many ms (USAGE_COALESCE_MS). */
  coalesceMs: number;
  logger: Pick<Logger, 'warn' | 'error'>;
}

const IN_CHUNK = 1000;

/**
 * Live usage without a query or an event per sample: the ingest only marks users and agents as
 * changed; a timer flushes at most once per window, reads the CURRENT totals of everything marked
 * with one set-based query per table (chunked IN lists), and publishes one event per changed user
 * and agent plus one GLOBAL. Ten thousand samples for one user in a window are one event.
 */
export class UsageLiveService implements UsageListener {
  private dirtyUsers = new Set<number>();
  private dirtyAgents = new Set<number>();
  private dirtyGlobal = false;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private lastFlushAt = 0;
  private closed = false;

  constructor(
    private readonly ds: DataSource,
    private readonly pubsub: PubSub,
    private readonly opts: UsageLiveOptions,
  ) {}

  /** Called by the ingest after COMMIT; never touches the database itself. */
  batchCommitted(e: BatchCommitted): void {
    if (this.closed) return;
    for (const id of e.userIds) this.dirtyUsers.add(id);
    for (const id of e.agentIds) this.dirtyAgents.add(id);
    this.dirtyGlobal = true;
    this.schedule();
  }

  /** Subscribes `actor` to usage events (FORBIDDEN for what isn't theirs), filtered by scope on top of the channel. */
  async subscribe(actor: Actor, req: UsageAudienceRequest): Promise<AsyncIterable<UsageUpdatedPayload>> {
    const decision = decideAudience(
      { admin: isAdmin(actor), accountId: actor.kind === 'account' ? actor.accountId : null },
      req,
      await this.facts(req),
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.reason);
    const { audience } = decision;
    const events = this.pubsub.subscribe(usageTopic(channelOf(audience))) as AsyncIterable<UsageUpdatedPayload>;
    return pipe(events, filter((p: UsageUpdatedPayload) => receives(audience, p)));
  }

  /** Stops the timer and waits for a flush in progress; later marks are ignored. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flushing;
  }

  private schedule(): void {
    if (this.timer || this.flushing || this.closed) return;
    const wait = Math.max(0, this.lastFlushAt + this.opts.coalesceMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushing = this.flush()
        .catch((err: unknown) => this.opts.logger.error({ err }, 'publishing live usage failed'))
        .finally(() => {
          this.flushing = null;
          if (this.dirtyUsers.size || this.dirtyAgents.size || this.dirtyGlobal) this.schedule();
        });
    }, wait);
    this.timer.unref?.();
  }

  /** One read per table for everything marked since the last flush, then one event each. */
  private async flush(): Promise<void> {
    this.lastFlushAt = Date.now();
    const userIds = [...this.dirtyUsers].sort((a, b) => a - b);
    const agentIds = [...this.dirtyAgents].sort((a, b) => a - b);
    const global = this.dirtyGlobal;
    this.dirtyUsers = new Set();
    this.dirtyAgents = new Set();
    this.dirtyGlobal = false;
    const at = new Date().toISOString();
    const events: UsageUpdatedPayload[] = [];

    for (const part of chunks(userIds, IN_CHUNK)) {
      const rows: Record<string, unknown>[] = await this.ds.query(
        `SELECT id, agent_id, up_bytes, down_bytes, lifetime_bytes FROM users WHERE id IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of rows) {
        const up = bytesOf(r.up_bytes);
        const down = bytesOf(r.down_bytes);
        events.push({
          scope: 'USER',
          userId: Number(r.id),
          agentId: r.agent_id === null || r.agent_id === undefined ? null : Number(r.agent_id),
          up: up.toString(),
          down: down.toString(),
          used: (up + down).toString(),
          lifetime: bytesOf(r.lifetime_bytes).toString(),
          at,
        });
      }
    }
    for (const part of chunks(agentIds, IN_CHUNK)) {
      const rows: Record<string, unknown>[] = await this.ds.query(
        `SELECT id, charged_bytes, lifetime_bytes FROM accounts WHERE id IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of rows) {
        events.push({
          scope: 'AGENT',
          userId: null,
          agentId: Number(r.id),
          up: null,
          down: null,
          used: bytesOf(r.charged_bytes).toString(),
          lifetime: bytesOf(r.lifetime_bytes).toString(),
          at,
        });
      }
    }
    if (global) {
      const [c] = await this.ds.query('SELECT up_bytes, down_bytes, lifetime_bytes FROM system_counters WHERE id = 1');
      const up = bytesOf(c?.up_bytes);
      const down = bytesOf(c?.down_bytes);
      events.push({ scope: 'GLOBAL', userId: null, agentId: null, up: up.toString(), down: down.toString(), used: (up + down).toString(), lifetime: bytesOf(c?.lifetime_bytes).toString(), at });
    }
    for (const event of events) {
      for (const channel of channelsFor(event)) this.pubsub.publish(usageTopic(channel), event);
    }
  }

  /** What decideAudience needs to know about the ids asked for. */
  private async facts(req: UsageAudienceRequest): Promise<UsageAudienceFacts> {
    const facts: UsageAudienceFacts = {};
    if (req.userId !== undefined) {
      const [u] = await this.ds.query('SELECT agent_id FROM users WHERE id = ?', [req.userId]);
      facts.userOwner = u ? { agentId: u.agent_id === null || u.agent_id === undefined ? null : Number(u.agent_id) } : null;
    }
    if (req.agentId !== undefined) {
      const [a] = await this.ds.query('SELECT id FROM accounts WHERE id = ? AND role = ?', [req.agentId, Role.AGENT]);
      facts.agentExists = Boolean(a);
    }
    return facts;
  }
}
