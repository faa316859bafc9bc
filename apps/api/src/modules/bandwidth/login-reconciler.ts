import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { SqlDialect } from '../../platform/db/sql-dialect';
import type { Logger } from '../../platform/logger/logger';
import { RouterError, type RouterOsClient } from './routeros';
import { KnownLogin, LoginAction, LoginOutcome, LoginPeople, planLogins } from './login.policy';
import { RouterLoginEntity } from './router-login.entity';
import type { RouterPeople } from './router-people';
import type { FullSnapshot } from './router-snapshot';
import type { RouterEntity } from './router.entity';

export const LoginState = { PENDING: 'PENDING', PRESENT: 'PRESENT', MISSING: 'MISSING', FAILED: 'FAILED' } as const;

export interface LoginResult {
  disabled: number;
  enabled: number;
  added: number;
  kicked: number;
  /** Logins we created for users since deleted. */
  removed: number;
  failed: number;
}

const RESULT_OF: Record<LoginAction['kind'], keyof LoginResult> = { disable: 'disabled', enable: 'enabled', add: 'added', kick: 'kicked', remove: 'removed' };

/** Commands in flight at once on one connection (the API multiplexes them by tag). */
const PARALLEL_COMMANDS = 16;
const INSERT_CHUNK = 500;

/**
 * Invariant 4 on the router: runs planLogins against a fresh snapshot (disable + kick the cut-off,
 * enable what we held and may be online again, add back logins we created) and records who holds
 * what. A refused command fails only its login (state FAILED with the router's message), retried on
 * the next pass; a lost connection fails the pass.
 */
export class LoginReconciler {
  constructor(
    private readonly ds: DataSource,
    private readonly openPassword: (sealed: string) => string,
    private readonly logger: Logger,
  ) {}

  /** Router logins rows of this router. */
  known(routerId: number): Promise<RouterLoginEntity[]> {
    return this.ds.getRepository(RouterLoginEntity).findBy({ routerId });
  }

  async apply(router: RouterEntity, client: RouterOsClient, snapshot: FullSnapshot, people: RouterPeople, rows: RouterLoginEntity[]): Promise<{ result: LoginResult; kicked: Set<string> }> {
    const plan = planLogins({
      hotspotUsers: snapshot.hotspotUsers,
      pppSecrets: snapshot.pppSecrets,
      hotspotSessions: snapshot.sessions,
      pppSessions: snapshot.pppSessions,
      known: rows.map((r) => this.knownOf(router, r)),
      people: loginPeople(people),
    });
    const result: LoginResult = { disabled: 0, enabled: 0, added: 0, kicked: 0, removed: 0, failed: 0 };
    const failures = new Map<string, string>();
    const kicked = new Set<string>();
    for (let i = 0; i < plan.actions.length; i += PARALLEL_COMMANDS) {
      await Promise.all(
        plan.actions.slice(i, i + PARALLEL_COMMANDS).map(async (action) => {
          try {
            await this.run(client, action);
            if (action.kind === 'kick') kicked.add(action.id);
            result[RESULT_OF[action.kind]]++;
          } catch (err) {
            if (!(err instanceof RouterError) || err.kind !== 'TRAP') throw err;
            result.failed++;
            if (action.kind !== 'kick') failures.set(`${action.login.kind}|${action.login.name}`, err.message);
            this.logger.warn({ routerId: router.id, action: action.kind, err: err.message }, 'router refused a login change');
          }
        }),
      );
    }
    await this.record(router.id, rows, plan.outcomes, failures);
    return { result, kicked };
  }

  private knownOf(router: RouterEntity, r: RouterLoginEntity): KnownLogin {
    let create: KnownLogin['create'] = null;
    if (r.passwordEnc) {
      try {
        create = { password: this.openPassword(r.passwordEnc), profile: r.routerProfile };
      } catch (err) {
        this.logger.warn({ routerId: router.id, login: r.name, err: (err as Error).message }, 'a login password cannot be opened (ROUTER_SECRET_KEY changed?)');
      }
    }
    return { kind: r.kind, name: r.name, userId: r.userId, held: r.held, create };
  }

  private run(client: RouterOsClient, action: LoginAction): Promise<unknown> {
    switch (action.kind) {
      case 'disable':
        return client.set(action.menu, action.id, { disabled: 'yes' });
      case 'enable':
        return client.set(action.menu, action.id, { disabled: 'no' });
      case 'add':
        return client.add(action.menu, action.fields);
      case 'kick':
      case 'remove':
        return client.remove(action.menu, action.id);
    }
  }

  /** Logins seen for the first time are inserted (a concurrent pass may have: ignored), changed rows updated in groups, ended ones deleted. */
  private async record(routerId: number, rows: RouterLoginEntity[], outcomes: LoginOutcome[], failures: Map<string, string>): Promise<void> {
    const byKey = new Map(rows.map((r) => [`${r.kind}|${r.name}`, r]));
    const inserts: LoginOutcome[] = [];
    const ended: number[] = [];
    const groups = new Map<string, { held: boolean; state: string; error: string | null; ids: number[] }>();
    for (const o of outcomes) {
      const key = `${o.kind}|${o.name}`;
      const row = byKey.get(key);
      const error = failures.get(key) ?? null;
      const held = error ? (row?.held ?? false) : o.held;
      const state = error ? LoginState.FAILED : o.present ? LoginState.PRESENT : LoginState.MISSING;
      if (!row) {
        if (!o.ended) inserts.push({ ...o, held });
        continue;
      }
      if (o.ended && !error) {
        ended.push(row.id);
        continue;
      }
      if (row.held === held && row.state === state && row.lastError === error) continue;
      const g = `${held}|${state}|${error ?? ''}`;
      const group = groups.get(g) ?? { held, state, error, ids: [] };
      group.ids.push(row.id);
      groups.set(g, group);
    }
    if (!inserts.length && !groups.size && !ended.length) return;
    await inTransaction(this.ds, async (m) => {
      const sql = new SqlDialect(m);
      const now = sql.date(new Date());
      for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
        const part = inserts.slice(i, i + INSERT_CHUNK);
        await m.query(
          `INSERT ${sql.mysql ? 'IGNORE' : 'OR IGNORE'} INTO router_logins (router_id, kind, name, user_id, held, state, created_at, updated_at) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          part.flatMap((o) => [routerId, o.kind, o.name, o.userId, o.held ? 1 : 0, failures.has(`${o.kind}|${o.name}`) ? LoginState.FAILED : LoginState.PRESENT, now, now]),
        );
      }
      if (ended.length) await m.delete(RouterLoginEntity, { id: In(ended) });
      for (const g of groups.values()) {
        await m
          .createQueryBuilder()
          .update(RouterLoginEntity)
          .set({ held: g.held, state: g.state, lastError: g.error?.slice(0, 500) ?? null })
          .where({ id: In(g.ids) })
          .execute();
      }
    });
  }
}

function loginPeople(people: RouterPeople): LoginPeople {
  const view = (p: ReturnType<RouterPeople['ownerOf']>) => (p ? { userId: p.id, cut: p.access.kind === 'CUT' } : undefined);
  return {
    byName: (name) => view(people.byName.get(name) ?? null),
    ownerOf: (login, mac) => view(people.ownerOf(login, mac)),
    gone: (userId) => !people.byId.has(userId),
  };
}
