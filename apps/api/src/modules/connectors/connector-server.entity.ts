import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which of our servers a panel's traffic lands on: a Marzban / PasarGuard panel is one server (inbound
 * ''), a 3x-ui panel one per inbound (so resetting that server resets the inbound's clients).
 */
@Entity({ name: 'connector_servers' })
export class ConnectorServerEntity {
  @PrimaryColumn({ name: 'connector_id', type: 'int' })
  connectorId: number;

  /** 3x-ui inbound id; '' for the whole panel. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  inbound: string;

  @Index('uq_connector_servers_server', { unique: true })
  @Column({ name: 'server_id', type: 'int' })
  serverId: number;

  /** Bumped by every write of this inbound's cursors: compare-and-set, so one reading is counted once. */
  @Column({ name: 'counters_version', type: 'int', default: 0 })
  countersVersion: number;
}
