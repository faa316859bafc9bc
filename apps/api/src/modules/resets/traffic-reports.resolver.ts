import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { TrafficReportConnection, TrafficReportType } from './traffic-report.types';
import type { TrafficReportsService } from './traffic-reports.service';

@Authorized(Role.ADMIN)
@Resolver(() => TrafficReportType)
export class TrafficReportsResolver {
  constructor(private readonly trafficReportsService: TrafficReportsService) {}

  @Query(() => TrafficReportConnection, { description: 'Stored traffic reports, newest first' })
  async trafficReports(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<TrafficReportConnection> {
    return TrafficReportConnection.from(await this.trafficReportsService.list(actorOf(ctx), first, after));
  }

  @Mutation(() => TrafficReportType, { description: 'Stores a report of everything now' })
  async createTrafficReport(@Ctx() ctx: Context): Promise<TrafficReportType> {
    return TrafficReportType.from(await this.trafficReportsService.createNow(actorOf(ctx)));
  }
}
