import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { serializeAlert, type AlertsService } from './alerts.service';
import { ALERT_RAISED, type SerializedAlert } from './alerts.topics';
import { AlertConnection, AlertFilter, AlertType } from './alerts.types';

@Authorized()
@Resolver(() => AlertType)
export class AlertsResolver {
  constructor(private readonly alertsService: AlertsService) {}

  @Query(() => AlertConnection, { description: 'Alerts the caller may see (an agent: its own and its users’), newest first' })
  async alerts(
    @Ctx() ctx: Context,
    @Arg('filter', () => AlertFilter, { nullable: true }) filter?: AlertFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AlertConnection> {
    const page = await this.alertsService.list(
      actorOf(ctx),
      { acknowledged: filter?.acknowledged ?? undefined, kind: filter?.kind ?? undefined },
      first,
      after,
    );
    return AlertConnection.from(page, serializeAlert);
  }

  @Query(() => Int, { description: 'Open (unacknowledged) alerts the caller may see' })
  async unacknowledgedAlerts(@Ctx() ctx: Context): Promise<number> {
    return this.alertsService.unacknowledgedCount(actorOf(ctx));
  }

  @Mutation(() => AlertType)
  async acknowledgeAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AlertType> {
    return AlertType.fromSerialized(serializeAlert(await this.alertsService.acknowledge(actorOf(ctx), parseId(id))));
  }

  @Mutation(() => Int, { description: 'Acknowledges every open alert the caller may see; returns how many' })
  async acknowledgeAlerts(@Ctx() ctx: Context): Promise<number> {
    return this.alertsService.acknowledgeAll(actorOf(ctx));
  }

  @Subscription(() => AlertType, {
    topics: ALERT_RAISED,
    description: 'Alerts as they are raised; an agent hears only its own and its users’',
    filter: ({ payload, context }: { payload: SerializedAlert; context: Context }) => {
      const actor = context.actor;
      if (!actor) return false;
      return actor.kind === 'system' || actor.role === Role.ADMIN || payload.agentId === actor.accountId;
    },
  })
  alertRaised(@Root() payload: SerializedAlert): AlertType {
    return AlertType.fromSerialized(payload);
  }
}
