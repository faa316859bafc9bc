import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { actorOf, type Context } from '../../app/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { ErrorCode } from '@tm/shared';
import { DomainError } from '../../platform/errors/domain-error';
import type { LiveSessions } from './active-sessions.service';
import { BandwidthLimitInput, BandwidthTargetInput } from './bandwidth.inputs';
import { ActiveSessionType, BandwidthAssignmentType } from './bandwidth.types';

@ArgsType()
class ActiveSessionsArgs {
  @Field(() => ID) routerId: string;
}

const opt = (id: string | null | undefined, field: string) => parseOptionalId(id ?? undefined, field);

@Authorized()
@Resolver()
export class BandwidthResolver {
  @Query(() => [BandwidthAssignmentType], { description: 'Speed limits (desired state); an agent gets its own users’ only' })
  async bandwidthAssignments(@Arg('routerId', () => ID, { nullable: true }) routerId: string | null, @Ctx() ctx: Context): Promise<BandwidthAssignmentType[]> {
    const list = await ctx.services.bandwidthLimits.list(actorOf(ctx), opt(routerId, 'routerId'));
    const names = await ctx.services.bandwidthLimits.names(list);
    return list.map((a) => BandwidthAssignmentType.from(a, names));
  }

  @Mutation(() => BandwidthAssignmentType, { description: 'Sets a user’s (or MAC’s) speed on a router; applied at once when its session is up' })
  async setBandwidthLimit(@Arg('input', () => BandwidthLimitInput) input: BandwidthLimitInput, @Ctx() ctx: Context): Promise<BandwidthAssignmentType> {
    const a = await ctx.services.bandwidthLimits.set(actorOf(ctx), {
      routerId: parseId(input.routerId, 'routerId'),
      userId: opt(input.userId, 'userId'),
      macAddress: input.macAddress ?? undefined,
      profileId: opt(input.profileId, 'profileId'),
      up: input.up ?? undefined,
      down: input.down ?? undefined,
    });
    return BandwidthAssignmentType.from(a, await ctx.services.bandwidthLimits.names([a]));
  }

  @Mutation(() => Boolean, { description: 'Removes the limit and its queue' })
  removeBandwidthLimit(@Arg('input', () => BandwidthTargetInput) input: BandwidthTargetInput, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.bandwidthLimits.remove(actorOf(ctx), {
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
    return (await ctx.services.activeSessions.list(actorOf(ctx), parseId(routerId, 'routerId'))).map(ActiveSessionType.from);
  }

  @Subscription(() => [ActiveSessionType], {
    description:
      'Live sessions of a router: at once, then every ROUTER_LIVE_POLL_MS. An agent sees its own users’ sessions. A router that cannot be read ends it with UNAVAILABLE.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, ActiveSessionsArgs, Context>) =>
      context.services.activeSessions.watch(actorOf(context), parseId(args.routerId, 'routerId')),
  })
  activeSessions(@Root() sessions: LiveSessions, @Args(() => ActiveSessionsArgs) _args: ActiveSessionsArgs): ActiveSessionType[] {
    if (!Array.isArray(sessions)) throw new DomainError(ErrorCode.UNAVAILABLE, sessions.unavailable);
    return sessions.map(ActiveSessionType.from);
  }
}
