import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every change we pushed to a panel (disable, enable, reset, delete) with the panel's answer. */
@Entity({ name: 'connector_log' })
@Index('ix_connector_log_connector', ['connectorId', 'id'])
export class ConnectorLogEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'connector_id', type: 'int' })
  connectorId: number;

  @Column({ type: 'datetime' })
  at: Date;

  /** DISABLE, ENABLE, RESET, RESET_ALL, DELETE. */
  @Column({ type: 'varchar', length: 16 })
  action: string;

  @Column({ name: 'panel_key', type: 'varchar', length: 128, nullable: true })
  panelKey: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  inbound: string | null;

  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'boolean' })
  ok: boolean;

  /** The panel's HTTP status; null when it couldn't be reached. */
  @Column({ type: 'int', nullable: true })
  status: number | null;

  @Column({ type: 'varchar', length: 500 })
  message: string;

  /** The reset this push belonged to, if any. */
  @Column({ name: 'reset_event_id', type: 'int', nullable: true })
  resetEventId: number | null;
}
