import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { BytesScalar } from '../../platform/graphql/scalars';
import { USER_STATUS_CHANGED, type UserStatusChangedPayload } from '../users';
import { AgentTrafficType, UserStatusChangeType } from './limits.types';
import type { LimitsService } from './limits.service';

/** The changes in a batch the subscriber may see: an agent only its own users'. */
function visible(payload: UserStatusChangedPayload, ctx: Context) {
  const actor = ctx.actor;
  if (!actor) return [];
  if (actor.kind === 'system' || actor.role === Role.ADMIN) return payload.changes;
  return payload.changes.filter((c) => c.agentId === actor.accountId);
}

@Authorized()
@Resolver()
export class LimitsResolver {
  constructor(private readonly limitsService: LimitsService) {}

  @Query(() => AgentTrafficType, { description: 'An agent’s standing against its limit (admins: any agent; an agent: itself)' })
  async agentTraffic(@Arg('agentId', () => ID) agentId: string, @Ctx() ctx: Context): Promise<AgentTrafficType> {
    return AgentTrafficType.from(await this.limitsService.agentTraffic(actorOf(ctx), parseId(agentId, 'agentId')));
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AgentTrafficType], { description: 'Every agent’s standing, ordered by id' })
  async agentsTraffic(@Ctx() ctx: Context): Promise<AgentTrafficType[]> {
    return (await this.limitsService.agentsTraffic(actorOf(ctx))).map(AgentTrafficType.from);
  }

  @Query(() => Boolean, { description: 'Whether the agent could create a user with this data limit (null = unlimited) now' })
  async canCreateUser(
    @Arg('agentId', () => ID) agentId: string,
    @Arg('dataLimit', () => BytesScalar, { nullable: true }) dataLimit: bigint | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return this.limitsService.canCreateUser(actorOf(ctx), parseId(agentId, 'agentId'), dataLimit ?? null);
  }

  @Mutation(() => AgentTrafficType, { description: 'Enforce one agent now: suspend or resume its users, raise due alerts' })
  async checkAgent(@Arg('agentId', () => ID) agentId: string, @Ctx() ctx: Context): Promise<AgentTrafficType> {
    return AgentTrafficType.from((await this.limitsService.checkAgent(actorOf(ctx), parseId(agentId, 'agentId'))).traffic);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [AgentTrafficType], { description: 'Enforce every agent and user now (what the periodic job runs)' })
  async checkAllAgents(@Ctx() ctx: Context): Promise<AgentTrafficType[]> {
    return (await this.limitsService.checkAllAgents(actorOf(ctx))).traffic.map(AgentTrafficType.from);
  }

  @Subscription(() => [UserStatusChangeType], {
    topics: USER_STATUS_CHANGED,
    description: 'Statuses enforcement changed (suspended, limited, expired, resumed); an agent hears only its own users',
    filter: ({ payload, context }: { payload: UserStatusChangedPayload; context: Context }) => visible(payload, context).length > 0,
  })
  userStatusChanged(@Root() payload: UserStatusChangedPayload, @Ctx() ctx: Context): UserStatusChangeType[] {
    return visible(payload, ctx).map((c) => ({ ...c, userId: String(c.userId), agentId: c.agentId === null ? null : String(c.agentId) }));
  }
}
