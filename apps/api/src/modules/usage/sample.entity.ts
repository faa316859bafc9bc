import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../platform/db/bigint.transformer';

/**
 * One raw usage report, kept for the retention period. (server, key) makes re-sent samples count once.
 * Only two secondary indexes (dedupe and retention): each one is paid on every one of millions of inserts.
 */
@Entity({ name: 'samples' })
@Index('uq_samples_server_key', ['serverId', 'sampleKey'], { unique: true })
@Index('ix_samples_at', ['at'])
export class SampleEntity {
  // INT UNSIGNED (4.29 billion ids) on MySQL; SQLite's rowid is 64-bit. SQLite can't AUTOINCREMENT a BIGINT key.
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ name: 'server_id', type: 'int' })
  serverId: number;

  /** No foreign key: samples outlive deleted users. */
  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  /** The user's agent when the sample was counted (null: an admin's user); the agent rollup reads it. */
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  /** The ingest batch that wrote it (0: written before batches existed, already rolled up). */
  @Column({ name: 'batch_id', type: 'int', default: 0 })
  batchId: number;

  @Column({ name: 'sample_key', type: 'varchar', length: 128, nullable: true })
  sampleKey: string | null;

  @Column({ type: 'varchar', length: 32, default: '' })
  protocol: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  up: bigint;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  down: bigint;

  @Column({ type: 'datetime' })
  at: Date;
}
