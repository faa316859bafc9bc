import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '@tm/shared';
import type { Actor } from '../../platform/auth/actor';
import { actorOf, type Context } from '../../platform/graphql/context';
import { UserType } from '../users';
import type { ConnectorViewsService, PanelUserView } from './connector-views.service';
import { PanelUserType } from './connectors.types';

/** One lookup for every user of a page: the field's calls in one tick are answered together. */
class PanelsOfUsers {
  private pending = new Map<number, ((v: PanelUserView[]) => void)[]>();
  private failed: ((err: unknown) => void)[] = [];

  constructor(
    private readonly views: ConnectorViewsService,
    private readonly actor: Actor,
  ) {}

  load(userId: number): Promise<PanelUserView[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => void this.flush());
      this.pending.set(userId, [...(this.pending.get(userId) ?? []), resolve]);
      this.failed.push(reject);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    const failed = this.failed;
    this.pending = new Map();
    this.failed = [];
    try {
      const found = await this.views.ofUser(this.actor, [...batch.keys()]);
      for (const [id, resolvers] of batch) for (const r of resolvers) r(found.get(id) ?? []);
    } catch (err) {
      for (const f of failed) f(err);
    }
  }
}

const loaders = new WeakMap<Context, PanelsOfUsers>();

@Resolver(() => UserType)
export class UserPanelsResolver {
  constructor(private readonly connectorViewsService: ConnectorViewsService) {}

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [PanelUserType], { description: 'The panels (connectors) this user lives in, and whether each has it enabled (admins)' })
  async panels(@Root() user: UserType, @Ctx() ctx: Context): Promise<PanelUserType[]> {
    let loader = loaders.get(ctx);
    if (!loader) loaders.set(ctx, (loader = new PanelsOfUsers(this.connectorViewsService, actorOf(ctx))));
    return (await loader.load(Number(user.id))).map(PanelUserType.from);
  }
}
