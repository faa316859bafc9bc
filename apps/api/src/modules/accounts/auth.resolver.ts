import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { PUBLIC } from '../../platform/graphql/public';
import { AuthPayload } from './account.types';
import type { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}

  @PUBLIC('login')
  @Mutation(() => AuthPayload, { description: 'Exchange a username and password for a session token' })
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, expiresAt, account } = await this.authService.login(username, password, ctx.address);
    return { token, expiresAt, account: { id: String(account.id), username: account.username, role: account.role } };
  }
}
