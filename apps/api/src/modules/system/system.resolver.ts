import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { SystemInfoType } from './system.types';
import type { SystemService } from './system.service';

@Authorized(Role.ADMIN)
@Resolver()
export class SystemResolver {
  constructor(private readonly systemService: SystemService) {}

  @Query(() => SystemInfoType)
  async systemInfo(@Ctx() ctx: Context): Promise<SystemInfoType> {
    const info = await this.systemService.info(actorOf(ctx));
    return { ...info, jobs: info.jobs.map((j) => ({ ...j, failCount: j.failCount ?? 0 })) };
  }
}
