import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseNullableId } from '../../platform/graphql/ids';
import { BytesScalar } from '../../platform/graphql/scalars';
import { cycleInputOf } from '../cycles';
import { AccountType } from './account.types';
import { CreateAgentInput, UpdateAgentInput } from './accounts.inputs';
import type { AccountsService } from './accounts.service';

@Authorized()
@Resolver(() => AccountType)
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Query(() => AccountType, { description: 'The signed-in account' })
  async me(@Ctx() ctx: Context): Promise<AccountType> {
    return AccountType.from(await this.accountsService.me(actorOf(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Change the signed-in account’s password' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return this.accountsService.changePassword(actorOf(ctx), currentPassword, newPassword);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AccountType])
  async agents(@Ctx() ctx: Context): Promise<AccountType[]> {
    return (await this.accountsService.listAgents(actorOf(ctx))).map(AccountType.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AccountType)
  async createAgent(@Arg('input', () => CreateAgentInput) input: CreateAgentInput, @Ctx() ctx: Context): Promise<AccountType> {
    return AccountType.from(await this.accountsService.createAgent(actorOf(ctx), { ...input, throttleProfileId: parseNullableId(input.throttleProfileId, 'throttleProfileId'), ...cycleInputOf(input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AccountType)
  async updateAgent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAgentInput) input: UpdateAgentInput,
    @Ctx() ctx: Context,
  ): Promise<AccountType> {
    return AccountType.from(await this.accountsService.updateAgent(actorOf(ctx), parseId(id, 'id'), {
        ...input,
        throttleProfileId: parseNullableId(input.throttleProfileId, 'throttleProfileId'),
        ...cycleInputOf(input),
      }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AccountType, { description: 'Set or remove (null) an agent’s traffic limit in bytes' })
  async setAgentTrafficLimit(
    @Arg('agentId', () => ID) agentId: string,
    @Arg('limit', () => BytesScalar, { nullable: true }) limit: bigint | null,
    @Ctx() ctx: Context,
  ): Promise<AccountType> {
    return AccountType.from(await this.accountsService.setTrafficLimit(actorOf(ctx), parseId(agentId, 'agentId'), limit ?? null));
  }
}
