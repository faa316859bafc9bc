import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { ApiKeyType, CreatedApiKey } from './account.types';
import type { ApiKeysService } from './api-keys.service';

@Authorized()
@Resolver()
export class ApiKeysResolver {
  constructor(private readonly apiKeysService: ApiKeysService) {}

  @Query(() => [ApiKeyType], { description: 'The signed-in account’s API keys' })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyType[]> {
    return (await this.apiKeysService.list(actorOf(ctx))).map(ApiKeyType.from);
  }

  @Mutation(() => CreatedApiKey, { description: 'A key that acts as the signed-in account; the secret is shown once' })
  async createApiKey(@Arg('name') name: string, @Ctx() ctx: Context): Promise<CreatedApiKey> {
    const { apiKey, secret } = await this.apiKeysService.create(actorOf(ctx), name);
    return { apiKey: ApiKeyType.from(apiKey), secret };
  }

  @Mutation(() => Boolean)
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.apiKeysService.revoke(actorOf(ctx), parseId(id));
  }
}
