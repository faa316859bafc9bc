import { Args, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { actorOf, type Context } from '../../app/context';
import { parseOptionalId } from '../../platform/graphql/ids';
import type { UsageUpdatedPayload } from './usage-live.topics';
import { UsageUpdateType, UsageUpdatedArgs } from './usage-live.types';

@Authorized()
@Resolver()
export class UsageLiveResolver {
  @Subscription(() => UsageUpdateType, {
    description:
      'Usage as it is counted, coalesced (at most one event per user / agent per USAGE_COALESCE_MS). userId: that user; ' +
      "agentId: that agent and its users; neither: admins hear GLOBAL and every AGENT, an agent itself and its users. What isn't yours is FORBIDDEN.",
    // Checked when subscribing, so the client gets FORBIDDEN at once rather than silence.
    subscribe: ({ args, context }: SubscribeResolverData<unknown, UsageUpdatedArgs, Context>) =>
      context.services.usageLive.subscribe(actorOf(context), {
        userId: parseOptionalId(args.userId, 'userId'),
        agentId: parseOptionalId(args.agentId, 'agentId'),
      }),
  })
  usageUpdated(@Root() payload: UsageUpdatedPayload, @Args(() => UsageUpdatedArgs) _args: UsageUpdatedArgs): UsageUpdateType {
    return UsageUpdateType.from(payload);
  }
}
