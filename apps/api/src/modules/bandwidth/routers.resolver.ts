import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { CreateRouterInput, UpdateRouterInput } from './bandwidth.inputs';
import { RouterTestResultType, RouterType } from './bandwidth.types';
import type { RoutersService } from './routers.service';
import type { RouterSyncService } from './router-sync.service';

@Authorized()
@Resolver()
export class RoutersResolver {
  constructor(
    private readonly routersService: RoutersService,
    private readonly routerSyncService: RouterSyncService,
  ) {}

  @Query(() => [RouterType], { description: 'MikroTik routers (admins manage them; agents see them to place limits)' })
  async routers(@Ctx() ctx: Context): Promise<RouterType[]> {
    return (await this.routersService.list(actorOf(ctx))).map(RouterType.from);
  }

  @Query(() => RouterType, { nullable: true })
  async router(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RouterType | null> {
    return RouterType.from(await this.routersService.get(actorOf(ctx), parseId(id)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RouterType, { description: 'Adds a router; its password is encrypted at rest and never returned' })
  async createRouter(@Arg('input', () => CreateRouterInput) input: CreateRouterInput, @Ctx() ctx: Context): Promise<RouterType> {
    return RouterType.from(
      await this.routersService.create(actorOf(ctx), {
        name: input.name,
        host: input.host,
        port: input.port ?? undefined,
        tls: input.tls ?? false,
        username: input.username,
        password: input.password,
      }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RouterType)
  async updateRouter(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateRouterInput) input: UpdateRouterInput, @Ctx() ctx: Context): Promise<RouterType> {
    const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
    return RouterType.from(await this.routersService.update(actorOf(ctx), parseId(id), clean));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Removes the router and its limits; counted traffic stays under its (disabled) server' })
  async deleteRouter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.routersService.delete(actorOf(ctx), parseId(id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RouterTestResultType, { description: 'Connects and reads identity and version; an unreachable router is ok: false with the error' })
  async testRouter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RouterTestResultType> {
    return RouterTestResultType.from(await this.routersService.test(actorOf(ctx), parseId(id)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RouterType, { description: 'Makes the router match the database now (queues added, fixed, orphans removed)' })
  async syncRouter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RouterType> {
    const routerId = parseId(id);
    await this.routersService.get(actorOf(ctx), routerId);
    await this.routerSyncService.sync(routerId, { account: false });
    return RouterType.from(await this.routersService.get(actorOf(ctx), routerId));
  }
}
