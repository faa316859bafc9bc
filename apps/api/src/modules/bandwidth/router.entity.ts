import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A MikroTik router we talk to over the RouterOS API. Its traffic is counted under its own `servers` row. */
@Entity({ name: 'routers' })
// Two entries for one device would each remove the other's queues as orphans.
@Index('uq_routers_endpoint', ['host', 'port'], { unique: true })
export class RouterEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_routers_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  host: string;

  @Column({ type: 'int' })
  port: number;

  @Column({ type: 'boolean', default: false })
  tls: boolean;

  @Column({ type: 'varchar', length: 100 })
  username: string;

  /** AES-256-GCM under ROUTER_SECRET_KEY (platform/crypto/secret-box); never leaves the service. */
  @Column({ name: 'password_enc', type: 'varchar', length: 512 })
  passwordEnc: string;

  /** The `servers` row its hotspot traffic is counted under. */
  @Index('uq_routers_server', { unique: true })
  @Column({ name: 'server_id', type: 'int' })
  serverId: number;

  /** UNKNOWN until first contact, then ONLINE / OFFLINE. */
  @Column({ type: 'varchar', length: 16, default: 'UNKNOWN' })
  status: string;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'last_contact_at', type: 'datetime', nullable: true })
  lastContactAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  identity: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  version: string | null;

  @Column({ name: 'latency_ms', type: 'int', nullable: true })
  latencyMs: number | null;

  /** Failed contacts in a row; the next try waits a doubling pause (BandwidthPolicy.backoff). */
  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', nullable: true })
  nextAttemptAt: Date | null;

  /** Bumped by every accounting poll that counts bytes: compare-and-set, so one poll's counters are written once. */
  @Column({ name: 'counters_version', type: 'int', default: 0 })
  countersVersion: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
