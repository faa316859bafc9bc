import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../app/context';
import { parseId } from '../../platform/graphql/ids';
import { AgentTrafficType } from './limits.types';

@Authorized()
@Resolver()
export class LimitsResolver {
  @Query(() => AgentTrafficType, { description: 'An agent’s standing against its limit (admins: any agent; an agent: itself)' })
  async agentTraffic(@Arg('agentId', () => ID) agentId: string, @Ctx() ctx: Context): Promise<AgentTrafficType> {
    return AgentTrafficType.from(await ctx.services.limits.agentTraffic(actorOf(ctx), parseId(agentId, 'agentId')));
  }
}
