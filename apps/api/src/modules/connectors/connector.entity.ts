import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ConnectorKind, ConnectorStatus } from '@tm/shared';

/** A VPN panel we log into (I1/I2): its usage is pulled into our counters, our decisions pushed back. */
@Entity({ name: 'connectors' })
export class ConnectorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_connectors_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ConnectorKind;

  /** Scheme, host, port and (3x-ui) the panel's web base path, without a trailing slash. */
  @Column({ name: 'base_url', type: 'varchar', length: 500 })
  baseUrl: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  username: string | null;

  /** Secrets are sealed under ROUTER_SECRET_KEY (platform/crypto/secret-box) and never leave the service. */
  @Column({ name: 'password_enc', type: 'varchar', length: 512, nullable: true })
  passwordEnc: string | null;

  /** 3x-ui two-factor: the TOTP secret, from which each login's code is derived. */
  @Column({ name: 'totp_secret_enc', type: 'varchar', length: 512, nullable: true })
  totpSecretEnc: string | null;

  @Column({ name: 'api_token_enc', type: 'varchar', length: 2048, nullable: true })
  apiTokenEnc: string | null;

  @Column({ name: 'poll_seconds', type: 'int', default: 60 })
  pollSeconds: number;

  /** Our deletion of depleted users deletes them in the panel too (otherwise they are only disabled there). */
  @Column({ name: 'delete_depleted', type: 'boolean', default: false })
  deleteDepleted: boolean;

  @Column({ type: 'varchar', length: 16, default: 'UNKNOWN' })
  status: ConnectorStatus;

  /** The panel's own message when it refused us, or why it can't be reached. */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** The end of the last poll that counted and reconciled. */
  @Column({ name: 'last_sync_at', type: 'datetime', nullable: true })
  lastSyncAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  version: string | null;

  @Column({ name: 'latency_ms', type: 'int', nullable: true })
  latencyMs: number | null;

  /** Users (3x-ui: clients) the panel reported at the last poll. */
  @Column({ name: 'panel_users', type: 'int', nullable: true })
  panelUsers: number | null;

  /** Failed polls in a row; the next waits a doubling pause. */
  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', nullable: true })
  nextAttemptAt: Date | null;

  /**
   * Who is polling or pushing now (an instance's id) and until when: polls, resets and imports of one
   * panel never overlap, across instances, so a reset pushed to the panel can't race a reading.
   */
  @Column({ name: 'lease_owner', type: 'varchar', length: 64, nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_until', type: 'datetime', nullable: true })
  leaseUntil: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
