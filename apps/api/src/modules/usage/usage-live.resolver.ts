import { Args, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseOptionalId } from '../../platform/graphql/ids';
import { resolverInstance } from '../../platform/graphql/resolver-instance';
import type { UsageUpdatedPayload } from './usage-live.topics';
import { UsageUpdateType, UsageUpdatedArgs } from './usage-live.types';
import type { UsageLiveService } from './usage-live.service';

@Authorized()
@Resolver()
export class UsageLiveResolver {
  constructor(private readonly usageLiveService: UsageLiveService) {}

  @Subscription(() => UsageUpdateType, {
    description:
      'Usage as it is counted, coalesced (at most one event per user / agent per USAGE_COALESCE_MS). userId: that user; ' +
      "agentId: that agent and its users; neither: admins hear GLOBAL and every AGENT, an agent itself and its users. What isn't yours is FORBIDDEN.",
    // Checked when subscribing, so the client gets FORBIDDEN at once rather than silence.
    subscribe: async (data: SubscribeResolverData<unknown, UsageUpdatedArgs, Context>) => (await resolverInstance(UsageLiveResolver, data)).usageUpdates(data),
  })
  usageUpdated(@Root() payload: UsageUpdatedPayload, @Args(() => UsageUpdatedArgs) _args: UsageUpdatedArgs): UsageUpdateType {
    return UsageUpdateType.from(payload);
  }

  /** What the usageUpdated subscription listens to (its `subscribe`, which TypeGraphQL calls without an instance). */
  usageUpdates({ args, context }: SubscribeResolverData<unknown, UsageUpdatedArgs, Context>): Promise<AsyncIterable<UsageUpdatedPayload>> {
    return this.usageLiveService.subscribe(actorOf(context), {
      userId: parseOptionalId(args.userId, 'userId'),
      agentId: parseOptionalId(args.agentId, 'agentId'),
    });
  }
}
