import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectorKind, ConnectorStatus } from '@tm/shared';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { ConnectorImportResult } from './connector-import.service';
import type { ConnectorLogEntity } from './connector-log.entity';
import type { ConnectorEntity } from './connector.entity';
import type { ConnectorCounts, PanelUserView } from './connector-views.service';
import type { ConnectorTestResult } from './connectors.service';
import type { ConnectorSyncOutcome } from './connector-sync.service';

registerEnumType(ConnectorKind, { name: 'ConnectorKind', description: 'MARZBAN, PASARGUARD (Marzban’s successor) or XUI (3x-ui)' });
registerEnumType(ConnectorStatus, {
  name: 'ConnectorStatus',
  description: 'UNKNOWN until the first poll; ONLINE; OFFLINE can’t be reached (retried with backoff); FAILED the panel refused us (its message in lastError)',
});

/** The later of the interval after the last poll and a failure's retry time (what ConnectorsService.due checks). */
function nextPollOf(c: ConnectorEntity): Date | null {
  const interval = c.lastSyncAt ? c.lastSyncAt.getTime() + c.pollSeconds * 1000 : 0;
  const retry = c.nextAttemptAt?.getTime() ?? 0;
  const at = Math.max(interval, retry);
  return at ? new Date(at) : null;
}

@ObjectType('Connector', { description: 'A VPN panel we log into: its usage is pulled into our counters, our decisions pushed back. Secrets are never returned.' })
export class ConnectorType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ConnectorKind) kind: ConnectorKind;
  @Field({ description: 'Base URL (3x-ui: with its web base path)' }) url: string;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field({ description: 'A password is stored' }) hasPassword: boolean;
  @Field({ description: 'A two-factor (TOTP) secret is stored' }) hasTotpSecret: boolean;
  @Field({ description: 'An API token is stored' }) hasApiToken: boolean;
  @Field(() => Int) pollSeconds: number;
  @Field({ description: 'Our deletion of depleted users deletes them in the panel too (otherwise they are disabled there)' }) deleteDepleted: boolean;
  @Field(() => ConnectorStatus) status: ConnectorStatus;
  @Field(() => String, { nullable: true, description: 'The panel’s own message when it refused us, or why it can’t be reached' }) lastError: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastSyncAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a panel that failed is tried again' }) nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next poll is due (its interval after the last one, or the retry after a failure); null: at once' })
  nextPollAt: Date | null;
  @Field(() => String, { nullable: true }) version: string | null;
  @Field(() => Int, { nullable: true }) latencyMs: number | null;
  @Field(() => Int, { description: 'Users (3x-ui: clients) in the panel at the last poll' }) panelUsers: number;
  @Field(() => Int, { description: 'Of those, the ones that are none of ours (import them, or create users of the same name)' }) unmappedUsers: number;
  @Field(() => Int, { description: 'Users of ours we hold disabled in the panel' }) heldUsers: number;
  @Field(() => DateTimeScalar) createdAt: Date;

  static from(c: ConnectorEntity, counts?: ConnectorCounts): ConnectorType {
    return Object.assign(new ConnectorType(), {
      id: String(c.id),
      name: c.name,
      kind: c.kind,
      url: c.baseUrl,
      username: c.username,
      hasPassword: c.passwordEnc !== null,
      hasTotpSecret: c.totpSecretEnc !== null,
      hasApiToken: c.apiTokenEnc !== null,
      pollSeconds: c.pollSeconds,
      deleteDepleted: c.deleteDepleted,
      status: c.status,
      lastError: c.lastError,
      lastSyncAt: c.lastSyncAt,
      nextAttemptAt: c.nextAttemptAt,
      nextPollAt: nextPollOf(c),
      version: c.version,
      latencyMs: c.latencyMs,
      panelUsers: counts?.present ?? c.panelUsers ?? 0,
      unmappedUsers: counts?.unmapped ?? 0,
      heldUsers: counts?.held ?? 0,
      createdAt: c.createdAt,
    });
  }
}

@ObjectType('ConnectorTestResult')
export class ConnectorTestResultType {
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) version: string | null;
  @Field(() => Int, { nullable: true }) userCount: number | null;
  @Field(() => Int, { nullable: true }) latencyMs: number | null;
  @Field(() => String, { nullable: true, description: 'The panel’s own message' }) error: string | null;
  @Field(() => ConnectorType) connector: ConnectorType;

  static from(r: ConnectorTestResult): ConnectorTestResultType {
    return Object.assign(new ConnectorTestResultType(), { ...r, connector: ConnectorType.from(r.connector) });
  }
}

@ObjectType('ConnectorSyncResult', { description: 'What one poll did' })
export class ConnectorSyncResultType {
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) samples: number;
  @Field(() => BytesScalar) bytes: bigint;
  @Field(() => Int) disabled: number;
  @Field(() => Int) enabled: number;
  @Field(() => Int) failedPushes: number;

  static from(o: ConnectorSyncOutcome | null): ConnectorSyncResultType {
    if (!o) return Object.assign(new ConnectorSyncResultType(), { ok: true, error: null, samples: 0, bytes: 0n, disabled: 0, enabled: 0, failedPushes: 0 });
    if (!o.ok) return Object.assign(new ConnectorSyncResultType(), { ok: false, error: o.error, samples: 0, bytes: 0n, disabled: 0, enabled: 0, failedPushes: 0 });
    return Object.assign(new ConnectorSyncResultType(), { ok: true, error: null, samples: o.samples, bytes: o.up + o.down, disabled: o.push.disabled, enabled: o.push.enabled, failedPushes: o.push.failed });
  }
}

@ObjectType('ConnectorImportSkip')
export class ConnectorImportSkipType {
  @Field() panelKey: string;
  @Field() reason: string;
}

@ObjectType('ConnectorImport')
export class ConnectorImportType {
  @Field(() => Int, { description: 'Users created' }) imported: number;
  @Field(() => Int, { description: 'Panel users left out (see skippedUsers)' }) skipped: number;
  @Field(() => Int, { description: 'Panel users that are still none of ours' }) unmapped: number;
  @Field(() => [ConnectorImportSkipType]) skippedUsers: ConnectorImportSkipType[];

  static from(r: ConnectorImportResult): ConnectorImportType {
    return Object.assign(new ConnectorImportType(), { imported: r.imported, skipped: r.skipped.length, unmapped: r.unmapped, skippedUsers: r.skipped });
  }
}

@ObjectType('PanelUser', { description: 'A user (3x-ui: a client of an inbound) of a panel as the last poll saw it' })
export class PanelUserType {
  @Field(() => ID) connectorId: string;
  @Field() connectorName: string;
  @Field({ description: '3x-ui inbound id; empty for Marzban / PasarGuard' }) inbound: string;
  @Field({ description: 'Marzban / PasarGuard username, 3x-ui client email' }) panelKey: string;
  @Field(() => String, { nullable: true, description: 'Our user of the same name; null: none of ours' }) username: string | null;
  @Field({ description: 'Enabled in the panel' }) enabled: boolean;
  @Field({ description: 'We disabled it there (it is enabled again when our user may be online)' }) held: boolean;
  @Field({ description: 'The panel’s own word: active, disabled, limited, expired, on_hold; 3x-ui: enabled, disabled, depleted, expired' }) panelStatus: string;
  @Field(() => BytesScalar, { description: 'The panel’s counter as last read (upload)' }) up: bigint;
  @Field(() => BytesScalar, { description: 'The panel’s counter as last read (download; Marzban counts both here)' }) down: bigint;
  @Field(() => BytesScalar, { nullable: true }) dataLimit: bigint | null;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt: Date | null;
  @Field(() => DateTimeScalar) readAt: Date;
  @Field({ description: 'A reset of ours the panel has still to take' }) resetPending: boolean;

  static from(v: PanelUserView): PanelUserType {
    const r = v.row;
    return Object.assign(new PanelUserType(), {
      connectorId: String(r.connectorId),
      connectorName: v.connectorName,
      inbound: r.inbound,
      panelKey: r.panelKey,
      username: v.username,
      enabled: r.enabled,
      held: r.held,
      panelStatus: r.panelStatus,
      up: r.upBytes,
      down: r.downBytes,
      dataLimit: r.dataLimit,
      expiresAt: r.expiresAt,
      readAt: r.readAt,
      resetPending: r.resetPending,
    });
  }
}

@ObjectType('ConnectorLogEntry', { description: 'A change pushed to a panel, with its answer' })
export class ConnectorLogEntryType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) at: Date;
  @Field({ description: 'DISABLE, ENABLE, RESET, RESET_ALL or DELETE' }) action: string;
  @Field(() => String, { nullable: true }) panelKey: string | null;
  @Field(() => String, { nullable: true }) inbound: string | null;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field() ok: boolean;
  @Field(() => Int, { nullable: true }) status: number | null;
  @Field() message: string;

  static from(e: ConnectorLogEntity): ConnectorLogEntryType {
    return Object.assign(new ConnectorLogEntryType(), { ...e, id: String(e.id), userId: e.userId === null ? null : String(e.userId) });
  }
}
