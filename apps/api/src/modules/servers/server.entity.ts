import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** A traffic source: a VPN node, a panel inbound or a router that reports usage for users. */
@Entity({ name: 'servers' })
export class ServerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_servers_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16, default: 'WEBHOOK' })
  kind: string;

  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: string;

  /** SHA-256 of the ingest token; the token itself is shown once. */
  @Index('uq_servers_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'token_prefix', type: 'varchar', length: 16 })
  tokenPrefix: string;

  /** Period usage through this server (since the last server reset). */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  /** Bytes ever counted through this server; never decreases. */
  @Column(bytesColumn('lifetime_bytes'))
  lifetimeBytes: bigint;

  @Column(bytesColumn('samples_count'))
  samplesCount: bigint;

  @Column({ name: 'last_seen_at', type: 'datetime', nullable: true })
  lastSeenAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** A fresh traffic source with zeroed counters and the hash of a new ingest token (returned once). */
export function newServer(name: string, kind: string, token: { prefix: string; hash: string }): ServerEntity {
  return Object.assign(new ServerEntity(), {
    name,
    kind,
    status: 'ACTIVE',
    tokenHash: token.hash,
    tokenPrefix: token.prefix,
    upBytes: 0n,
    downBytes: 0n,
    lifetimeBytes: 0n,
    samplesCount: 0n,
    lastSeenAt: null,
  });
}
