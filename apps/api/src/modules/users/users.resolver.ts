import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { cycleInputOf } from '../cycles';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseNullableId, parseOptionalId } from '../../platform/graphql/ids';
import { CreateUserInput, UpdateUserInput, UserFilter } from './users.inputs';
import { USER_CHANGED, type UserChangedPayload } from './users.topics';
import { UserChange, UserConnection, UserType } from './user.types';
import type { UsersService } from './users.service';
import type { UserWithLoginCreator } from './users.ports';

@ArgsType()
class UserChangedArgs {
  @Field(() => ID, { nullable: true, description: 'Admins: only this agent’s users' }) agentId?: string | null;
}

/** Undefined keeps a field unchanged; an explicit null clears it. GraphQL gives absent fields as undefined. */
const defined = <T>(v: T | undefined) => v;

@Authorized()
@Resolver(() => UserType)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly userWithLoginCreator: UserWithLoginCreator,
  ) {}

  @Query(() => UserConnection, {
    description: 'Users the caller may see (an agent: its own), newest first',
    // Cost grows with the page: every 10 rows cost one more unit of the selection.
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.ceil(Math.min(Number(args.first ?? 50), 500) / 10),
  })
  async users(
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<UserConnection> {
    const page = await this.usersService.list(
      actorOf(ctx),
      {
        search: filter?.search ?? undefined,
        status: filter?.status ?? undefined,
        agentId: parseOptionalId(filter?.agentId, 'filter.agentId'),
      },
      first,
      after,
    );
    return UserConnection.from(page);
  }

  @Query(() => UserType, { nullable: true })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UserType | null> {
    const view = await this.usersService.find(actorOf(ctx), parseId(id));
    return view ? UserType.from(view) : null;
  }

  @Mutation(() => UserType, { description: 'With routerLogin: also its login on a router, created there before the answer (see routerLogins for its state)' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserType> {
    const user = {
      username: input.username,
      dataLimit: input.dataLimit,
      expiresAt: input.expiresAt,
      agentId: parseOptionalId(input.agentId, 'agentId'),
      macAddress: input.macAddress,
      overLimitAction: input.overLimitAction,
      throttleProfileId: parseNullableId(input.throttleProfileId, 'throttleProfileId'),
      ...cycleInputOf(input),
    };
    const login = input.routerLogin;
    const view = login
      ? await this.userWithLoginCreator.createUser(actorOf(ctx), user, {
          routerId: parseId(login.routerId, 'routerLogin.routerId'),
          kind: login.kind ?? undefined,
          password: login.password ?? undefined,
          routerProfile: login.routerProfile ?? undefined,
          speedProfileId: parseOptionalId(login.speedProfileId, 'routerLogin.speedProfileId'),
        })
      : await this.usersService.create(actorOf(ctx), user);
    return UserType.from(view);
  }

  @Mutation(() => UserType)
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    const view = await this.usersService.update(actorOf(ctx), parseId(id), {
      dataLimit: defined(input.dataLimit),
      expiresAt: defined(input.expiresAt),
      status: input.status ?? undefined,
      macAddress: defined(input.macAddress),
      overLimitAction: defined(input.overLimitAction),
      throttleProfileId: parseNullableId(input.throttleProfileId, 'throttleProfileId'),
      ...cycleInputOf(input),
    });
    return UserType.from(view);
  }

  @Mutation(() => Boolean, { description: 'Deletes the user; its traffic stays in its agent’s usage' })
  async deleteUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.usersService.delete(actorOf(ctx), parseId(id));
  }

  @Subscription(() => UserChange, {
    topics: USER_CHANGED,
    description: 'Users created, updated or deleted; an agent hears only its own',
    filter: ({ payload, args, context }: { payload: UserChangedPayload; args: UserChangedArgs; context: Context }) => {
      const actor = context.actor;
      if (!actor) return false;
      if (actor.kind === 'account' && actor.role !== 'ADMIN' && payload.agentId !== actor.accountId) return false;
      return !args.agentId || String(payload.agentId) === args.agentId;
    },
  })
  userChanged(@Root() payload: UserChangedPayload, @Args(() => UserChangedArgs) _args: UserChangedArgs): UserChange {
    return {
      kind: payload.kind,
      userId: String(payload.userId),
      user: payload.user ? UserType.fromSerialized(payload.user) : null,
    };
  }
}
