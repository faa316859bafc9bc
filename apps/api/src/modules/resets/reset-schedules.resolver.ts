import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import type { ResetScheduleEntity } from './reset-schedule.entity';
import { MAX_PREVIEW_RUNS, type ResetSchedulesService } from './reset-schedules.service';
import { ResetScheduleInput, ResetSchedulePatch, ResetScheduleType } from './reset-schedule.types';

@Authorized(Role.ADMIN)
@Resolver(() => ResetScheduleType)
export class ResetSchedulesResolver {
  constructor(private readonly resetSchedulesService: ResetSchedulesService) {}

  @Query(() => [ResetScheduleType])
  async resetSchedules(@Ctx() ctx: Context): Promise<ResetScheduleType[]> {
    return this.typed(await this.resetSchedulesService.list(actorOf(ctx)));
  }

  @Query(() => [DateTimeScalar], { description: `The next runs (at most ${MAX_PREVIEW_RUNS}) of a cron expression in a time zone; BAD_USER_INPUT says what is wrong with it` })
  async previewSchedule(
    @Arg('cron') cron: string,
    @Arg('timeZone', () => String, { nullable: true }) timeZone: string | null,
    @Arg('count', () => Int, { defaultValue: 5 }) count: number,
    @Ctx() ctx: Context,
  ): Promise<Date[]> {
    return this.resetSchedulesService.preview(actorOf(ctx), cron, timeZone, count);
  }

  @Mutation(() => ResetScheduleType)
  async createResetSchedule(@Arg('input', () => ResetScheduleInput) input: ResetScheduleInput, @Ctx() ctx: Context): Promise<ResetScheduleType> {
    const schedule = await this.resetSchedulesService.create(actorOf(ctx), {
      name: input.name,
      scope: input.scope,
      targetId: parseOptionalId(input.targetId, 'targetId') ?? null,
      cron: input.cron,
      timeZone: input.timeZone,
      enabled: input.enabled ?? true,
      reason: input.reason,
    });
    return (await this.typed([schedule]))[0];
  }

  @Mutation(() => ResetScheduleType)
  async updateResetSchedule(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResetSchedulePatch) input: ResetSchedulePatch,
    @Ctx() ctx: Context,
  ): Promise<ResetScheduleType> {
    const schedule = await this.resetSchedulesService.update(actorOf(ctx), parseId(id), {
      name: input.name ?? undefined,
      targetId: input.targetId === undefined ? undefined : (parseOptionalId(input.targetId, 'targetId') ?? null),
      cron: input.cron ?? undefined,
      timeZone: input.timeZone ?? undefined,
      enabled: input.enabled ?? undefined,
      reason: input.reason,
    });
    return (await this.typed([schedule]))[0];
  }

  @Mutation(() => Boolean)
  async deleteResetSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.resetSchedulesService.delete(actorOf(ctx), parseId(id));
  }

  @FieldResolver(() => [DateTimeScalar], { description: 'The next runs from now (empty when disabled)' })
  async nextRuns(@Root() s: ResetScheduleType, @Arg('count', () => Int, { defaultValue: 5 }) count: number, @Ctx() ctx: Context): Promise<Date[]> {
    if (!s.enabled) return [];
    return this.resetSchedulesService.preview(actorOf(ctx), s.cron, s.timeZone, count);
  }

  private async typed(schedules: ResetScheduleEntity[]): Promise<ResetScheduleType[]> {
    const labels = await this.resetSchedulesService.targetLabels(schedules);
    return schedules.map((s) => ResetScheduleType.from(s, labels.get(s.id) ?? null));
  }
}
