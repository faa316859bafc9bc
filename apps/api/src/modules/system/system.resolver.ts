import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../app/context';
import { SystemInfoType } from './system.types';

@Authorized(Role.ADMIN)
@Resolver()
export class SystemResolver {
  @Query(() => SystemInfoType)
  async systemInfo(@Ctx() ctx: Context): Promise<SystemInfoType> {
    const info = await ctx.services.system.info(actorOf(ctx));
    return { ...info, jobs: info.jobs.map((j) => ({ ...j, failCount: j.failCount ?? 0 })) };
  }
}
