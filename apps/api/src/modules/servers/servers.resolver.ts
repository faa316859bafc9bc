import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { CreateServerInput, ServerType, ServerWithToken, UpdateServerInput } from './server.types';
import type { ServersService } from './servers.service';

@Authorized(Role.ADMIN)
@Resolver()
export class ServersResolver {
  constructor(private readonly serversService: ServersService) {}

  @Query(() => [ServerType])
  async servers(@Ctx() ctx: Context): Promise<ServerType[]> {
    return (await this.serversService.list(actorOf(ctx))).map(ServerType.from);
  }

  @Mutation(() => ServerWithToken, { description: 'Creates a traffic source; its ingest token is shown once' })
  async createServer(@Arg('input', () => CreateServerInput) input: CreateServerInput, @Ctx() ctx: Context): Promise<ServerWithToken> {
    const { server, token } = await this.serversService.create(actorOf(ctx), { name: input.name, kind: input.kind });
    return { server: ServerType.from(server), token };
  }

  @Mutation(() => ServerType, { description: 'Rename, or disable (its token stops working) / enable' })
  async updateServer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateServerInput) input: UpdateServerInput,
    @Ctx() ctx: Context,
  ): Promise<ServerType> {
    return ServerType.from(await this.serversService.update(actorOf(ctx), parseId(id), { name: input.name ?? undefined, status: input.status ?? undefined }));
  }

  @Mutation(() => ServerWithToken, { description: 'Issues a new ingest token; the old one stops working at once' })
  async rotateServerToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServerWithToken> {
    const { server, token } = await this.serversService.rotateToken(actorOf(ctx), parseId(id));
    return { server: ServerType.from(server), token };
  }
}
