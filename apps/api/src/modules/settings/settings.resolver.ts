import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../app/context';
import { SettingsInput, SettingsType } from './settings.types';

@Authorized(Role.ADMIN)
@Resolver()
export class SettingsResolver {
  @Query(() => SettingsType)
  async settings(@Ctx() ctx: Context): Promise<SettingsType> {
    return ctx.services.settings.get();
  }

  @Mutation(() => SettingsType, { description: 'Tracking on/off and raw-sample retention' })
  async updateSettings(@Arg('input', () => SettingsInput) input: SettingsInput, @Ctx() ctx: Context): Promise<SettingsType> {
    return ctx.services.settings.update(actorOf(ctx), {
      trackingEnabled: input.trackingEnabled ?? undefined,
      retentionDays: input.retentionDays ?? undefined,
    });
  }
}
