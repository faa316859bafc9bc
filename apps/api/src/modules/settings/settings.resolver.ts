import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { SettingsInput, SettingsType } from './settings.types';
import type { SettingsService } from './settings.service';

@Authorized(Role.ADMIN)
@Resolver()
export class SettingsResolver {
  constructor(private readonly settingsService: SettingsService) {}

  @Query(() => SettingsType)
  async settings(): Promise<SettingsType> {
    return SettingsType.from(await this.settingsService.get());
  }

  @Mutation(() => SettingsType, { description: 'Tracking, retention, enforcement interval and the alert webhook' })
  async updateSettings(@Arg('input', () => SettingsInput) input: SettingsInput, @Ctx() ctx: Context): Promise<SettingsType> {
    return SettingsType.from(
      await this.settingsService.update(actorOf(ctx), {
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
