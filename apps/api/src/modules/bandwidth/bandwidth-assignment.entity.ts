import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, CreateDateColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/**
 * Desired state: this MAC on this router gets these speeds. The reconciler makes the router's simple
 * queue `tm-<MAC>` match it while the MAC has a hotspot session and its user may be online.
 */
@Entity({ name: 'bandwidth_assignments' })
@Index('uq_bandwidth_router_mac', ['routerId', 'macAddress'], { unique: true })
export class BandwidthAssignmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'router_id', type: 'int' })
  routerId: number;

  /** Upper case, colon separated. */
  @Column({ name: 'mac_address', type: 'varchar', length: 17 })
  macAddress: string;

  @Index('ix_bandwidth_user')
  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  /** Owner of the user (or null for admin-owned / MAC-only), for scoping. */
  @Index('ix_bandwidth_agent')
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  @Index('ix_bandwidth_profile')
  @Column({ name: 'profile_id', type: 'int', nullable: true })
  profileId: number | null;

  /** Bits per second; copied from the profile when one is used. */
  @Column(bytesColumn('up_bps'))
  upBps: bigint;

  @Column(bytesColumn('down_bps'))
  downBps: bigint;

  /** PENDING / APPLIED / WAITING / INACTIVE / FAILED (bandwidth.policy). */
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  state: string;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'applied_at', type: 'datetime', nullable: true })
  appliedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
