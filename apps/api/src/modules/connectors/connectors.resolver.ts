import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import type { Actor } from '../../platform/auth/actor';
import { actorOf, type Context } from '../../platform/graphql/context';
import type { ConnectorEntity } from './connector.entity';
import { parseId } from '../../platform/graphql/ids';
import { pageSize } from '../../platform/graphql/pagination';
import type { ConnectorImportService } from './connector-import.service';
import type { ConnectorSyncService } from './connector-sync.service';
import type { ConnectorViewsService } from './connector-views.service';
import { CreateConnectorInput, UpdateConnectorInput } from './connectors.inputs';
import type { ConnectorsService } from './connectors.service';
import { ConnectorImportType, ConnectorLogEntryType, ConnectorSyncResultType, ConnectorTestResultType, ConnectorType, PanelUserType } from './connectors.types';

/** Connectors are for admins only: agents never see a panel, its address or its log. */
@Authorized(Role.ADMIN)
@Resolver()
export class ConnectorsResolver {
  constructor(
    private readonly connectorsService: ConnectorsService,
    private readonly connectorSyncService: ConnectorSyncService,
    private readonly connectorImportService: ConnectorImportService,
    private readonly connectorViewsService: ConnectorViewsService,
  ) {}

  @Query(() => [ConnectorType], { description: 'Panels we log into (Marzban, PasarGuard, 3x-ui)' })
  async connectors(@Ctx() ctx: Context): Promise<ConnectorType[]> {
    const actor = actorOf(ctx);
    const [list, counts] = await Promise.all([this.connectorsService.list(actor), this.connectorViewsService.counts(actor)]);
    return list.map((c) => ConnectorType.from(c, counts.get(c.id)));
  }

  @Query(() => ConnectorType)
  async connector(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ConnectorType> {
    const actor = actorOf(ctx);
    return this.withCounts(actor, await this.connectorsService.get(actor, parseId(id)));
  }

  @Query(() => [PanelUserType], { description: 'A panel’s users as the last poll saw them; unmappedOnly: those that are none of ours' })
  async panelUsers(
    @Arg('connectorId', () => ID) connectorId: string,
    @Arg('unmappedOnly', () => Boolean, { nullable: true }) unmappedOnly: boolean | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<PanelUserType[]> {
    const views = await this.connectorViewsService.panelUsers(actorOf(ctx), parseId(connectorId, 'connectorId'), {
      unmappedOnly: unmappedOnly ?? false,
      search: search?.trim().slice(0, 64) || undefined,
      first: pageSize(first),
    });
    return views.map(PanelUserType.from);
  }

  @Query(() => [ConnectorLogEntryType], { description: 'Changes pushed to a panel, newest first, with its answers' })
  async connectorLog(@Arg('connectorId', () => ID) connectorId: string, @Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: Context): Promise<ConnectorLogEntryType[]> {
    return (await this.connectorViewsService.log(actorOf(ctx), parseId(connectorId, 'connectorId'), pageSize(first))).map(ConnectorLogEntryType.from);
  }

  @Mutation(() => ConnectorType, { description: 'Adds a panel; its secrets are encrypted at rest and never returned. Polled from then on.' })
  async createConnector(@Arg('input', () => CreateConnectorInput) input: CreateConnectorInput, @Ctx() ctx: Context): Promise<ConnectorType> {
    const actor = actorOf(ctx);
    return this.withCounts(actor, await this.connectorsService.create(actor, { ...input, pollSeconds: input.pollSeconds ?? undefined, deleteDepleted: input.deleteDepleted ?? undefined }));
  }

  @Mutation(() => ConnectorType)
  async updateConnector(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateConnectorInput) input: UpdateConnectorInput, @Ctx() ctx: Context): Promise<ConnectorType> {
    // null clears only the optional secrets; elsewhere it means "unchanged", like an absent field.
    const clean = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && (v !== null || k === 'totpSecret' || k === 'apiToken')));
    const actor = actorOf(ctx);
    return this.withCounts(actor, await this.connectorsService.update(actor, parseId(id), clean));
  }

  @Mutation(() => Boolean, { description: 'Stops polling the panel and forgets what it knew of it; counted traffic stays under its (disabled) servers. The panel itself is left as it is.' })
  async deleteConnector(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return this.connectorsService.delete(actorOf(ctx), parseId(id));
  }

  @Mutation(() => ConnectorTestResultType, { description: 'Logs in and reads the panel’s version and user count; a panel that refuses is ok: false with its message' })
  async testConnector(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ConnectorTestResultType> {
    const actor = actorOf(ctx);
    const result = ConnectorTestResultType.from(await this.connectorsService.test(actor, parseId(id)));
    const counts = (await this.connectorViewsService.counts(actor)).get(Number(result.connector.id));
    Object.assign(result.connector, { unmappedUsers: counts?.unmapped ?? 0, heldUsers: counts?.held ?? 0 });
    return result;
  }

  @Mutation(() => ConnectorType, { description: 'Polls now: usage counted, the panel made to match our decisions' })
  async syncConnector(@Arg('connectorId', () => ID) connectorId: string, @Ctx() ctx: Context): Promise<ConnectorType> {
    const actor = actorOf(ctx);
    const cid = parseId(connectorId, 'connectorId');
    await this.connectorsService.get(actor, cid);
    await this.connectorSyncService.sync(cid);
    return this.withCounts(actor, await this.connectorsService.get(actor, cid));
  }

  @Mutation(() => ConnectorSyncResultType, { description: 'Polls now and says what the poll did' })
  async pollConnector(@Arg('connectorId', () => ID) connectorId: string, @Ctx() ctx: Context): Promise<ConnectorSyncResultType> {
    const cid = parseId(connectorId, 'connectorId');
    await this.connectorsService.get(actorOf(ctx), cid);
    return ConnectorSyncResultType.from(await this.connectorSyncService.sync(cid));
  }

  @Mutation(() => ConnectorImportType, { description: 'Makes the panel’s users that are none of ours users of the agent; the whole import fits the agent’s quota or nothing is made (LIMIT_EXCEEDED)' })
  async importConnectorUsers(@Arg('connectorId', () => ID) connectorId: string, @Arg('agentId', () => ID) agentId: string, @Ctx() ctx: Context): Promise<ConnectorImportType> {
    return ConnectorImportType.from(await this.connectorImportService.importUsers(actorOf(ctx), parseId(connectorId, 'connectorId'), parseId(agentId, 'agentId')));
  }

  private async withCounts(actor: Actor, connector: ConnectorEntity): Promise<ConnectorType> {
    return ConnectorType.from(connector, (await this.connectorViewsService.counts(actor)).get(connector.id));
  }
}
