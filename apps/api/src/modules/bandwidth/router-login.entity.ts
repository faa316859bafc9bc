import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RouterLoginKind } from '@tm/shared';

/**
 * A login on a router that belongs to one of our users: a hotspot user or a PPP secret of the same name.
 * Rows exist for logins we created (password sealed: we put it back if it goes missing), imported, or
 * disabled. `held` records that WE disabled it (cut-off): only a held login is ever re-enabled, so one an
 * operator disabled by hand stays disabled.
 */
@Entity({ name: 'router_logins' })
@Index('uq_router_logins_name', ['routerId', 'kind', 'name'], { unique: true })
export class RouterLoginEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'router_id', type: 'int' })
  routerId: number;

  /** HOTSPOT (`/ip/hotspot/user`) or PPP (`/ppp/secret`). */
  @Column({ type: 'varchar', length: 16 })
  kind: RouterLoginKind;

  /** The login name on the router: the user's username. */
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Index('ix_router_logins_user')
  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  /** Sealed under ROUTER_SECRET_KEY when we created the login (then we add it back when it is missing). */
  @Column({ name: 'password_enc', type: 'varchar', length: 512, nullable: true })
  passwordEnc: string | null;

  /** The router's own profile to give it (`/ip/hotspot/user/profile` or `/ppp/profile`); null = the router's default. */
  @Column({ name: 'router_profile', type: 'varchar', length: 64, nullable: true })
  routerProfile: string | null;

  /** Our speed profile: its queue `tm-<MAC>` follows the login's session on this router. */
  @Column({ name: 'speed_profile_id', type: 'int', nullable: true })
  speedProfileId: number | null;

  /** Vouchers: the batch that generated it. */
  @Index('ix_router_logins_batch')
  @Column({ name: 'batch_id', type: 'int', nullable: true })
  batchId: number | null;

  /** True while the login is disabled on the router because WE cut the user off. */
  @Column({ type: 'boolean', default: false })
  held: boolean;

  /** PENDING / PRESENT / MISSING / FAILED: what the last pass over the router found or did. */
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  state: string;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
