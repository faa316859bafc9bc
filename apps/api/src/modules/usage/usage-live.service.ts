import type { DataSource } from 'typeorm';
import { Role } from '@tm/shared';
import { createPubSub, filter, pipe } from '@graphql-yoga/subscription';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { DomainError } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub, Topics } from '../../platform/pubsub/pubsub';
import { UsageAudienceRequest, UsageAudienceFacts, channelOf, channelsFor, decideAudience, receives } from './usage-live.policy';
import { UsageChannel, UsageUpdatedPayload, usageTopic } from './usage-live.topics';
import { bytesOf, chunks, placeholders } from '../../platform/db/rows';
import { type BatchCommitted, USAGE_CHANGED, type UsageChanged, type UsageListener } from './usage.topics';

export interface UsageLiveOptions {
  /** At most one flush per this many ms (USAGE_COALESCE_MS). */
  coalesceMs: number;
  logger: Pick<Logger, 'warn' | 'error'>;
}

const IN_CHUNK = 1000;

/**
 * Live usage without a query or an event per sample, and without reading for nobody.
 *
 * The ingest only marks users and agents as moved; a timer publishes at most one USAGE_CHANGED
 * notice per window (who moved, no totals) on the shared pub/sub, so it reaches every API instance.
 * Each instance then reads the CURRENT totals of only what its own subscribers follow (one set-based
 * query per table) and hands one event per user / agent / GLOBAL to them in-process. Ten thousand
 * samples for one user in a window are one event; a window nobody watches costs no read at all.
 */
export class UsageLiveService implements UsageListener {
  private dirtyUsers = new Map<number, number | null>();
  private dirtyAgents = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastPublishAt = 0;
  private closed = false;
  /** This instance's subscribers, counted per channel. */
  private readonly following = new Map<UsageChannel, number>();
  private readonly local: PubSub = createPubSub<Topics>();
  private listening: Promise<void> | null = null;
  private notices: AsyncIterator<unknown> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly pubsub: PubSub,
    private readonly opts: UsageLiveOptions,
  ) {}

  /** Called by the ingest after COMMIT; never touches the database itself. */
  batchCommitted(e: BatchCommitted): void {
    if (this.closed) return;
    for (const [id, agent] of e.users) this.dirtyUsers.set(id, agent);
    for (const id of e.agentIds) this.dirtyAgents.add(id);
    if (this.timer) return;
    const wait = Math.max(0, this.lastPublishAt + this.opts.coalesceMs - Date.now());
    this.timer = setTimeout(() => this.publishNotice(), wait);
    this.timer.unref?.();
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
    this.listen();
    const channel = channelOf(audience);
    const events = this.local.subscribe(usageTopic(channel)) as AsyncIterable<UsageUpdatedPayload>;
    return this.counted(channel, pipe(events, filter((p: UsageUpdatedPayload) => receives(audience, p))));
  }

  /** Stops the timer and the notice loop; later marks are ignored. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.notices?.return?.();
    await this.listening;
  }

  private publishNotice(): void {
    this.timer = null;
    this.lastPublishAt = Date.now();
    const notice: UsageChanged = { users: [...this.dirtyUsers], agents: [...this.dirtyAgents] };
    this.dirtyUsers = new Map();
    this.dirtyAgents = new Set();
    this.pubsub.publish(USAGE_CHANGED, notice);
  }

  /** One loop per instance, started by its first subscriber: every notice from any instance, handled in turn. */
  private listen(): void {
    if (this.listening || this.closed) return;
    const source = this.pubsub.subscribe(USAGE_CHANGED) as AsyncIterable<UsageChanged>;
    const it = source[Symbol.asyncIterator]();
    this.notices = it;
    this.listening = (async () => {
      for (let r = await it.next(); !r.done; r = await it.next()) {
        await this.deliver(r.value).catch((err: unknown) => this.opts.logger.error({ err }, 'publishing live usage failed'));
      }
    })();
  }

  /** Reads the totals this instance's subscribers follow among what moved, and hands them the events. */
  private async deliver(n: UsageChanged): Promise<void> {
    const admins = this.following.has('admin');
    const userIds = n.users
      .filter(([id, agent]) => this.following.has(`user:${id}`) || (agent !== null && this.following.has(`agent:${agent}`)))
      .map(([id]) => id)
      .sort((a, b) => a - b);
    const agentIds = n.agents.filter((id) => admins || this.following.has(`agent:${id}`)).sort((a, b) => a - b);
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
    if (admins) {
      const [c] = await this.ds.query('SELECT up_bytes, down_bytes, lifetime_bytes FROM system_counters WHERE id = 1');
      const up = bytesOf(c?.up_bytes);
      const down = bytesOf(c?.down_bytes);
      events.push({ scope: 'GLOBAL', userId: null, agentId: null, up: up.toString(), down: down.toString(), used: (up + down).toString(), lifetime: bytesOf(c?.lifetime_bytes).toString(), at });
    }
    for (const event of events) {
      for (const channel of channelsFor(event)) this.local.publish(usageTopic(channel), event);
    }
  }

  /** Counts a subscriber on its channel until its iterator is returned (the client unsubscribed or left). */
  private counted(channel: UsageChannel, events: AsyncIterable<UsageUpdatedPayload>): AsyncIterableIterator<UsageUpdatedPayload> {
    this.following.set(channel, (this.following.get(channel) ?? 0) + 1);
    const it = events[Symbol.asyncIterator]();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.following.get(channel) ?? 1) - 1;
      if (left > 0) this.following.set(channel, left);
      else this.following.delete(channel);
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: async () => {
        const r = await it.next();
        if (r.done) release();
        return r;
      },
      return: async (value?: unknown) => {
        release();
        await it.return?.(value);
        return { done: true, value: undefined };
      },
      throw: async (err?: unknown) => {
        release();
        if (it.throw) return it.throw(err);
        throw err;
      },
    };
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
