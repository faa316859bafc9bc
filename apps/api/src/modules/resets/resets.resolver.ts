import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { RESET_ALL_PHRASE, Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { JSONScalar } from '../../platform/graphql/scalars';
import { serializeResetEvent, type ResetsService } from './resets.service';
import { RESET_PERFORMED, type SerializedResetEvent } from './resets.topics';
import { PanelPushType, ResetEventConnection, ResetEventFilter, ResetEventType } from './resets.types';
import type { SettingsService } from '../settings';
import type { ResetEventsService } from './reset-events.service';

const event = (e: Parameters<typeof serializeResetEvent>[0]) => ResetEventType.fromSerialized(serializeResetEvent(e));

@Authorized()
@Resolver(() => ResetEventType)
export class ResetsResolver {
  constructor(
    private readonly resetsService: ResetsService,
    private readonly resetEventsService: ResetEventsService,
    private readonly settingsService: SettingsService,
  ) {}

  @Mutation(() => ResetEventType, { description: 'Zeroes one user’s period usage (lifetime and its agent’s charged usage stay). Admins; an agent for its own users when settings allow' })
  async resetUserTraffic(@Arg('userId', () => ID) userId: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context) {
    return event(await this.resetsService.resetUser(actorOf(ctx), parseId(userId, 'userId'), reason));
  }

  @Mutation(() => ResetEventType, { description: 'Zeroes the usage users made on one server (and the server’s period). Admins' })
  async resetServerTraffic(@Arg('serverId', () => ID) serverId: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context) {
    return event(await this.resetsService.resetServer(actorOf(ctx), parseId(serverId, 'serverId'), reason));
  }

  @Mutation(() => ResetEventType, { description: 'Zeroes an agent’s charged usage and resumes what its limit suspended. Admins' })
  async resetAgentUsage(@Arg('agentId', () => ID) agentId: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context) {
    return event(await this.resetsService.resetAgent(actorOf(ctx), parseId(agentId, 'agentId'), reason));
  }

  @Mutation(() => ResetEventType, { description: `Zeroes every period counter. Admins; confirm must be exactly "${RESET_ALL_PHRASE}"` })
  async resetAllTraffic(@Arg('confirm') confirm: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context) {
    return event(await this.resetsService.resetAll(actorOf(ctx), confirm, reason));
  }

  @Mutation(() => ResetEventType, { description: 'Deletes users whose data limit is reached or whose expiry passed (of one server, or everywhere). Admins' })
  async deleteDepletedUsers(
    @Arg('serverId', () => ID, { nullable: true }) serverId: string | null,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return event(await this.resetsService.deleteDepleted(actorOf(ctx), parseOptionalId(serverId, 'serverId') ?? null, reason));
  }

  @Query(() => ResetEventConnection, { description: 'Reset audit, newest first; an agent sees the events of its own users' })
  async resetEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => ResetEventFilter, { nullable: true }) filter?: ResetEventFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ResetEventConnection> {
    const page = await this.resetEventsService.list(
      actorOf(ctx),
      {
        scope: filter?.scope ?? undefined,
        trigger: filter?.trigger ?? undefined,
        ok: filter?.ok ?? undefined,
        agentId: parseOptionalId(filter?.agentId, 'agentId'),
        userId: parseOptionalId(filter?.userId, 'userId'),
      },
      first,
      after,
    );
    return ResetEventConnection.from(page, serializeResetEvent);
  }

  @Query(() => ResetEventType, { nullable: true })
  async resetEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ResetEventType | null> {
    const found = await this.resetEventsService.find(actorOf(ctx), parseId(id));
    return found ? event(found) : null;
  }

  @Query(() => Boolean, { description: 'Whether the caller may reset its users’ traffic (admins always; agents when settings allow)' })
  async canResetUsers(@Ctx() ctx: Context): Promise<boolean> {
    const actor = actorOf(ctx);
    return actor.kind === 'system' || actor.role === Role.ADMIN || (await this.settingsService.get()).agentsCanResetUsers;
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: 'Before-values: { users, userServers, servers, agents, system, counts, truncated }; up to `first` rows of each kind',
  })
  async snapshot(@Root() e: ResetEventType, @Arg('first', () => Int, { defaultValue: 200 }) first: number) {
    return this.resetEventsService.snapshot(e.eventId, first);
  }

  @FieldResolver(() => [PanelPushType], { description: 'What was pushed to panels (connectors) for this reset, with their answers; empty for agents, who never see connectors' })
  panelPushes(@Root() e: ResetEventType, @Ctx() ctx: Context): PanelPushType[] {
    const actor = ctx.actor;
    return actor && (actor.kind === 'system' || actor.role === Role.ADMIN) ? e.pushes : [];
  }

  @Subscription(() => ResetEventType, {
    topics: RESET_PERFORMED,
    description: 'Resets as they happen (failed ones too); an agent hears those of its own users',
    filter: ({ payload, context }: { payload: SerializedResetEvent; context: Context }) => {
      const actor = context.actor;
      if (!actor) return false;
      return actor.kind === 'system' || actor.role === Role.ADMIN || payload.agentId === actor.accountId;
    },
  })
  resetPerformed(@Root() payload: SerializedResetEvent): ResetEventType {
    return ResetEventType.fromSerialized(payload);
  }
}
