import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../app/context';
import { SettingsInput, SettingsType } from './settings.types';

@Authorized(Role.ADMIN)
@Resolver()
export class SettingsResolver {
  @Query(() => SettingsType)
  async settings(@Ctx() ctx: Context): Promise<SettingsType> {
    return SettingsType.from(await ctx.services.settings.get());
  }

  @Mutation(() => SettingsType, { description: 'Tracking, retention, enforcement interval and the alert webhook' })
  async updateSettings(@Arg('input', () => SettingsInput) input: SettingsInput, @Ctx() ctx: Context): Promise<SettingsType> {
    return SettingsType.from(
      await ctx.services.settings.update(actorOf(ctx), {
        trackingEnabled: input.trackingEnabled ?? undefined,
        retentionDays: input.retentionDays ?? undefined,
        enforcementIntervalMinutes: input.enforcementIntervalMinutes ?? undefined,
        agentsCanResetUsers: input.agentsCanResetUsers ?? undefined,
        timeZone: input.timeZone ?? undefined,
        // Absent stays as is; null or "" turns it off.
        alertWebhookUrl: input.alertWebhookUrl,
        alertWebhookSecret: input.alertWebhookSecret,
      }),
    );
  }
}
