import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { UserType } from '../users';
import { CleanupResultType, DatabaseInfoType, GlobalStatsType, ServerUsageType, UsageBucketEnum, UsagePointType } from './usage-stats.types';
import type { UsageStatsService } from './usage-stats.service';
import type { UsageSeriesService } from './usage-series.service';
import type { UsageRetentionService } from './usage-retention.service';

@Authorized()
@Resolver()
export class UsageStatsResolver {
  constructor(
    private readonly usageStatsService: UsageStatsService,
    private readonly usageSeriesService: UsageSeriesService,
    private readonly usageRetentionService: UsageRetentionService,
  ) {}

  @Authorized(Role.ADMIN)
  @Query(() => GlobalStatsType, { description: 'Counts and the system counters' })
  async globalStats(@Ctx() ctx: Context): Promise<GlobalStatsType> {
    return GlobalStatsType.from(await this.usageStatsService.globalStats(actorOf(ctx)));
  }

  @Authorized(Role.ADMIN)
  @Query(() => DatabaseInfoType, { description: 'Rows per table, size, what the raw samples cover, retention' })
  async databaseInfo(@Ctx() ctx: Context): Promise<DatabaseInfoType> {
    return DatabaseInfoType.from(await this.usageStatsService.databaseInfo(actorOf(ctx)));
  }

  @Query(() => [ServerUsageType], { description: "A user's traffic per server × protocol over the last `days` days" })
  async userUsage(
    @Arg('userId', () => ID) userId: string,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number | null,
    @Ctx() ctx: Context,
  ): Promise<ServerUsageType[]> {
    const rows = await this.usageStatsService.userUsage(actorOf(ctx), parseId(userId, 'userId'), days ?? 30);
    return rows.map(ServerUsageType.from);
  }

  @Query(() => [UsagePointType], {
    description:
      'Zero-filled, ascending chart points over [from rounded down to the bucket, to). Defaults: the last 24 hours (HOUR) / 30 days (DAY). ' +
      'userId: that user; agentId: that agent; neither: admins everything, an agent itself. At most 1000 points.',
  })
  async usageSeries(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
    @Arg('agentId', () => ID, { nullable: true }) agentId?: string | null,
    @Arg('bucket', () => UsageBucketEnum, { nullable: true, defaultValue: UsageBucketEnum.HOUR }) bucket?: UsageBucketEnum | null,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date | null,
  ): Promise<UsagePointType[]> {
    const points = await this.usageSeriesService.series(actorOf(ctx), {
      userId: parseOptionalId(userId, 'userId'),
      agentId: parseOptionalId(agentId, 'agentId'),
      bucket: bucket ?? UsageBucketEnum.HOUR,
      from,
      to,
    });
    return points.map(UsagePointType.from);
  }

  @Query(() => [UserType], { description: 'The heaviest users by period usage (an agent: its own), at most 100' })
  async topUsers(@Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null, @Ctx() ctx: Context): Promise<UserType[]> {
    return (await this.usageStatsService.topUsers(actorOf(ctx), first ?? 10)).map(UserType.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CleanupResultType, { description: 'Deletes raw samples older than retentionDays now (0 keeps all); rollups and counters stay' })
  async cleanupSamples(@Ctx() ctx: Context): Promise<CleanupResultType> {
    return CleanupResultType.from(await this.usageRetentionService.cleanup(actorOf(ctx)));
  }
}
