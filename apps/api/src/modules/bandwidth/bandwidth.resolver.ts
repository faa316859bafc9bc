import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { resolverInstance } from '../../platform/graphql/resolver-instance';
import { ErrorCode } from '@tm/shared';
import { DomainError } from '../../platform/errors/domain-error';
import type { ActiveSessionsService, LiveSessions } from './active-sessions.service';
import { BandwidthLimitInput, BandwidthTargetInput } from './bandwidth.inputs';
import { ActiveSessionType, BandwidthAssignmentType } from './bandwidth.types';
import type { BandwidthLimitsService } from './bandwidth-limits.service';

@ArgsType()
class ActiveSessionsArgs {
  @Field(() => ID) routerId: string;
}

const opt = (id: string | null | undefined, field: string) => parseOptionalId(id ?? undefined, field);

@Authorized()
@Resolver()
export class BandwidthResolver {
  constructor(
    private readonly bandwidthLimitsService: BandwidthLimitsService,
    private readonly activeSessionsService: ActiveSessionsService,
  ) {}

  @Query(() => [BandwidthAssignmentType], { description: 'Speed limits (desired state); an agent gets its own users’ only' })
  async bandwidthAssignments(@Arg('routerId', () => ID, { nullable: true }) routerId: string | null, @Ctx() ctx: Context): Promise<BandwidthAssignmentType[]> {
    const list = await this.bandwidthLimitsService.list(actorOf(ctx), opt(routerId, 'routerId'));
    const names = await this.bandwidthLimitsService.names(list);
    return list.map((a) => BandwidthAssignmentType.from(a, names));
  }

  @Mutation(() => BandwidthAssignmentType, { description: 'Sets a user’s (or MAC’s) speed on a router; applied at once when its session is up' })
  async setBandwidthLimit(@Arg('input', () => BandwidthLimitInput) input: BandwidthLimitInput, @Ctx() ctx: Context): Promise<BandwidthAssignmentType> {
    const a = await this.bandwidthLimitsService.set(actorOf(ctx), {
      routerId: parseId(input.routerId, 'routerId'),
      userId: opt(input.userId, 'userId'),
      macAddress: input.macAddress ?? undefined,
      profileId: opt(input.profileId, 'profileId'),
      up: input.up ?? undefined,
      down: input.down ?? undefined,
    });
    return BandwidthAssignmentType.from(a, await this.bandwidthLimitsService.names([a]));
  }

  @Mutation(() => Boolean, { description: 'Removes the limit and its queue' })
  removeBandwidthLimit(@Arg('input', () => BandwidthTargetInput) input: BandwidthTargetInput, @Ctx() ctx: Context): Promise<boolean> {
    return this.bandwidthLimitsService.remove(actorOf(ctx), {
      routerId: parseId(input.routerId, 'routerId'),
      userId: opt(input.userId, 'userId'),
      macAddress: input.macAddress ?? undefined,
    });
  }

  @Query(() => [ActiveSessionType], {
    name: 'activeSessions',
    description:
      'Hotspot sessions on the router now (UNAVAILABLE when it cannot be read). Rates come from the queue, else from the bytes since the last reading (within a minute); the subscription measures them continuously.',
  })
  async activeSessionsNow(@Arg('routerId', () => ID) routerId: string, @Ctx() ctx: Context): Promise<ActiveSessionType[]> {
    return (await this.activeSessionsService.list(actorOf(ctx), parseId(routerId, 'routerId'))).map(ActiveSessionType.from);
  }

  @Subscription(() => [ActiveSessionType], {
    description:
      'Live sessions of a router: at once, then every ROUTER_LIVE_POLL_MS. An agent sees its own users’ sessions. A router that cannot be read ends it with UNAVAILABLE.',
    subscribe: async (data: SubscribeResolverData<unknown, ActiveSessionsArgs, Context>) => (await resolverInstance(BandwidthResolver, data)).watchSessions(data),
  })
  activeSessions(@Root() sessions: LiveSessions, @Args(() => ActiveSessionsArgs) _args: ActiveSessionsArgs): ActiveSessionType[] {
    if (!Array.isArray(sessions)) throw new DomainError(ErrorCode.UNAVAILABLE, sessions.unavailable);
    return sessions.map(ActiveSessionType.from);
  }

  /** What the activeSessions subscription listens to (its `subscribe`, which TypeGraphQL calls without an instance). */
  watchSessions({ args, context }: SubscribeResolverData<unknown, ActiveSessionsArgs, Context>): Promise<AsyncIterableIterator<LiveSessions>> {
    return this.activeSessionsService.watch(actorOf(context), parseId(args.routerId, 'routerId'));
  }
}
