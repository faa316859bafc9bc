import { DataSource, In } from 'typeorm';
import { ErrorCode, Role, UserStatus, USERNAME_PATTERN } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { chunks, placeholders } from '../../platform/db/rows';
import { inTransaction } from '../../platform/db/transaction';
import { DomainError, conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation } from '../../platform/validation';
import { AccountEntity } from '../accounts';
import type { EnforcementScope } from '../limits';
import { reserveBatchGrant } from '../limits';
import { UserEntity, newUser } from '../users';
import type { ConnectorLease } from './connector-lease';
import type { ConnectorSyncService } from './connector-sync.service';
import type { ConnectorsService } from './connectors.service';
import { PanelUserEntity } from './panel-user.entity';

export interface ImportSkip {
  panelKey: string;
  reason: string;
}

export interface ConnectorImportResult {
  imported: number;
  /** Panel users left out, with why. */
  skipped: ImportSkip[];
  /** Panel users that are still none of ours after the import. */
  unmapped: number;
}

export interface ConnectorImportDeps {
  connectors: ConnectorsService;
  lease: ConnectorLease;
  sync: ConnectorSyncService;
  defaultTimeZone: () => Promise<string>;
  enforce: (scope: EnforcementScope) => Promise<unknown>;
}

/**
 * Onboards a panel in one step: its users that are none of ours become users of an agent, with the
 * panel's data limit, expiry and (disabled or not) status. The whole import is checked against the
 * agent's quota and max users in ONE transaction: it fits, or nothing is made (LIMIT_EXCEEDED).
 * Their bytes are counted from the import on (the pass just before it took every counter's reading).
 */
export class ConnectorImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly deps: ConnectorImportDeps,
  ) {}

  async importUsers(actor: Actor, connectorId: number, agentId: number): Promise<ConnectorImportResult> {
    if (!isAdmin(actor)) throw forbidden('Only admins import panel users');
    const connector = await this.deps.connectors.get(actor, connectorId);
    const agent = await this.ds.getRepository(AccountEntity).findOneBy({ id: agentId, role: Role.AGENT });
    if (!agent) throw notFound('Agent');

    return this.deps.lease.run(connectorId, async () => {
      const outcome = await this.deps.sync.pass(connectorId);
      if (outcome && !outcome.ok) throw new DomainError(ErrorCode.UNAVAILABLE, `The panel can't be read: ${outcome.error}`);
      const rows = await this.ds.getRepository(PanelUserEntity).findBy({ connectorId: connector.id, present: true });
      const byKey = new Map<string, PanelUserEntity>();
      for (const r of rows) if (!byKey.has(r.panelKey)) byKey.set(r.panelKey, r);
      const taken = new Set((await this.existing([...byKey.keys()])).map((u) => u.username));
      const skipped: ImportSkip[] = [];
      const candidates: PanelUserEntity[] = [];
      for (const r of byKey.values()) {
        if (taken.has(r.panelKey)) continue;
        if (!USERNAME_PATTERN.test(r.panelKey)) skipped.push({ panelKey: r.panelKey, reason: 'Not a valid username here (3–64 letters, digits, . _ @ -)' });
        else candidates.push(r);
      }
      const created = candidates.length ? await this.create(actor, agentId, candidates) : [];
      if (created.length) await this.deps.enforce({ kind: 'users', userIds: created, agentIds: [agentId] });
      const mappedNow = taken.size + created.length;
      return { imported: created.length, skipped, unmapped: byKey.size - mappedNow };
    });
  }

  private async existing(names: string[]): Promise<UserEntity[]> {
    const found: UserEntity[] = [];
    for (const part of chunks(names, 1000)) found.push(...(await this.ds.getRepository(UserEntity).find({ where: { username: In(part) }, select: { id: true, username: true } })));
    return found;
  }

  private async create(actor: Actor, agentId: number, users: PanelUserEntity[]): Promise<number[]> {
    const timeZone = await this.deps.defaultTimeZone();
    const createdById = actor.kind === 'account' ? actor.accountId : 0;
    const total = users.some((u) => u.dataLimit === null) ? null : users.reduce((sum, u) => sum + u.dataLimit!, 0n);
    try {
      return await inTransaction(this.ds, async (m) => {
        await reserveBatchGrant(m, { agentId, count: users.length, each: null, total });
        const ids: number[] = [];
        for (const part of chunks(users, 500)) {
          // Disabled in the panel by someone: disabled here too. Limited or expired there: our own counters and expiry decide.
          const entities = part.map((u) =>
            newUser({ username: u.panelKey, agentId, createdById, status: u.panelStatus === 'disabled' ? UserStatus.DISABLED : UserStatus.ACTIVE, dataLimit: u.dataLimit, expiresAt: u.expiresAt }, timeZone),
          );
          await m.createQueryBuilder().insert().into(UserEntity).values(entities).updateEntity(false).execute();
          const keys = part.map((u) => u.panelKey);
          const made = await m.find(UserEntity, { where: { username: In(keys) }, select: { id: true } });
          ids.push(...made.map((u) => u.id));
          await m.query(
            `UPDATE panel_users SET user_id = (SELECT u.id FROM users u WHERE u.username = panel_users.panel_key) WHERE connector_id = ? AND panel_key IN (${placeholders(keys.length)})`,
            [part[0].connectorId, ...keys],
          );
        }
        return ids;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('A user of one of these names was created at the same moment; import again');
      throw err;
    }
  }
}
