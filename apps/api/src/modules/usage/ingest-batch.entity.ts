import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One committed ingest call. Hourly rollups are folded from raw samples after the fact, batch by
 * batch: a batch row commits with its samples, so a pending row always means samples not yet in the
 * rollups. [firstSampleId, lastSampleId] bounds the batch's sample ids (other batches may interleave
 * in it; batch_id tells them apart), so folding reads samples by primary-key range.
 */
@Entity({ name: 'ingest_batches' })
@Index('ix_ingest_batches_pending', ['rolledUpAt', 'id'])
export class IngestBatchEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'server_id', type: 'int' })
  serverId: number;

  @Column({ type: 'int' })
  samples: number;

  @Column({ name: 'first_sample_id', type: 'int', unsigned: true, default: 0 })
  firstSampleId: number;

  @Column({ name: 'last_sample_id', type: 'int', unsigned: true, default: 0 })
  lastSampleId: number;

  @Column({ name: 'received_at', type: 'datetime' })
  receivedAt: Date;

  /** Null while the batch's samples are not yet in the hourly rollups. */
  @Column({ name: 'rolled_up_at', type: 'datetime', nullable: true })
  rolledUpAt: Date | null;
}
