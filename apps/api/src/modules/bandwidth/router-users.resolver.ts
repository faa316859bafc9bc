import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role, RouterLoginKind } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { RouterLoginType, RouterUserImportType } from './router-logins.types';
import type { RouterUsersService } from './router-users.service';

@Authorized()
@Resolver()
export class RouterUsersResolver {
  constructor(private readonly routerUsersService: RouterUsersService) {}

  @Query(() => [RouterLoginType], { description: 'Our users’ hotspot users and PPP secrets on routers; an agent gets its own users’ only' })
  async routerLogins(
    @Ctx() ctx: Context,
    @Arg('routerId', () => ID, { nullable: true }) routerId?: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
  ): Promise<RouterLoginType[]> {
    const list = await this.routerUsersService.list(actorOf(ctx), {
      routerId: parseOptionalId(routerId, 'routerId'),
      userId: parseOptionalId(userId, 'userId'),
    });
    return list.map(RouterLoginType.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RouterUserImportType, {
    description:
      'Reads the router’s hotspot users and PPP secrets: a user of the agent for each new name (the usual quota and name rules; a refusal skips the row), a link for users that exist. Idempotent. UNAVAILABLE when the router cannot be read.',
  })
  async importRouterUsers(
    @Arg('routerId', () => ID) routerId: string,
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID, { nullable: true, description: 'The owner of the new users; absent = admin-owned' }) agentId?: string | null,
    @Arg('kind', () => RouterLoginKind, { nullable: true, description: 'Only this kind; absent = both' }) kind?: RouterLoginKind | null,
  ): Promise<RouterUserImportType> {
    const result = await this.routerUsersService.importLogins(actorOf(ctx), {
      routerId: parseId(routerId, 'routerId'),
      agentId: parseOptionalId(agentId, 'agentId'),
      kind: kind ?? undefined,
    });
    return RouterUserImportType.from(result);
  }
}
