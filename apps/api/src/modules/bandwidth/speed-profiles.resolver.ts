import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { SpeedProfileInput, UpdateSpeedProfileInput } from './bandwidth.inputs';
import { SpeedProfileType } from './bandwidth.types';
import type { SpeedProfilesService } from './speed-profiles.service';

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

@Authorized()
@Resolver()
export class SpeedProfilesResolver {
  constructor(private readonly speedProfilesService: SpeedProfilesService) {}

  @Query(() => [SpeedProfileType], { description: 'Speed tiers, slowest first' })
  async speedProfiles(@Ctx() ctx: Context): Promise<SpeedProfileType[]> {
    return (await this.speedProfilesService.list(actorOf(ctx))).map(SpeedProfileType.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SpeedProfileType)
  async createSpeedProfile(@Arg('input', () => SpeedProfileInput) input: SpeedProfileInput, @Ctx() ctx: Context): Promise<SpeedProfileType> {
    const { name, up, down, price, validity } = input;
    return SpeedProfileType.from(await this.speedProfilesService.create(actorOf(ctx), { name, up, down, price: price ?? undefined, validity: validity ?? undefined }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SpeedProfileType, { description: 'New speeds apply to limits set from now on' })
  async updateSpeedProfile(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSpeedProfileInput) input: UpdateSpeedProfileInput,
    @Ctx() ctx: Context,
  ): Promise<SpeedProfileType> {
    return SpeedProfileType.from(await this.speedProfilesService.update(actorOf(ctx), parseId(id), defined({ ...input })));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'CONFLICT while limits use it' })
  async deleteSpeedProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.speedProfilesService.delete(actorOf(ctx), parseId(id));
  }
}
