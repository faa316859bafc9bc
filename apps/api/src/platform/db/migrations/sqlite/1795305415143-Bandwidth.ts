import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bandwidth1795305415143 implements MigrationInterface {
  name = 'Bandwidth1795305415143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"routers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"host\" varchar(255) NOT NULL, \"port\" integer NOT NULL, \"tls\" boolean NOT NULL DEFAULT (0), \"username\" varchar(100) NOT NULL, \"password_enc\" varchar(512) NOT NULL, \"server_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('UNKNOWN'), \"last_error\" varchar(500), \"last_contact_at\" datetime, \"identity\" varchar(100), \"version\" varchar(100), \"latency_ms\" integer, \"failures\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime, \"counters_version\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_routers_name\" ON \"routers\" (\"name\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_routers_server\" ON \"routers\" (\"server_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_routers_endpoint\" ON \"routers\" (\"host\", \"port\") ");
    await queryRunner.query("CREATE TABLE \"speed_profiles\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(50) NOT NULL, \"up_bps\" bigint NOT NULL DEFAULT (0), \"down_bps\" bigint NOT NULL DEFAULT (0), \"price\" decimal(12,2), \"validity\" varchar(16), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_speed_profiles_name\" ON \"speed_profiles\" (\"name\") ");
    await queryRunner.query("CREATE TABLE \"bandwidth_assignments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"router_id\" integer NOT NULL, \"mac_address\" varchar(17) NOT NULL, \"user_id\" integer, \"agent_id\" integer, \"profile_id\" integer, \"up_bps\" bigint NOT NULL DEFAULT (0), \"down_bps\" bigint NOT NULL DEFAULT (0), \"state\" varchar(16) NOT NULL DEFAULT ('PENDING'), \"last_error\" varchar(500), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime, \"applied_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_bandwidth_user\" ON \"bandwidth_assignments\" (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_bandwidth_agent\" ON \"bandwidth_assignments\" (\"agent_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_bandwidth_profile\" ON \"bandwidth_assignments\" (\"profile_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bandwidth_router_mac\" ON \"bandwidth_assignments\" (\"router_id\", \"mac_address\") ");
    await queryRunner.query("CREATE TABLE \"router_counters\" (\"router_id\" integer NOT NULL, \"mac_address\" varchar(17) NOT NULL, \"session_ref\" varchar(32) NOT NULL, \"login_at\" datetime NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"read_at\" datetime NOT NULL, PRIMARY KEY (\"router_id\", \"mac_address\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"router_counters\"");
    await queryRunner.query("DROP INDEX \"uq_bandwidth_router_mac\"");
    await queryRunner.query("DROP INDEX \"ix_bandwidth_profile\"");
    await queryRunner.query("DROP INDEX \"ix_bandwidth_agent\"");
    await queryRunner.query("DROP INDEX \"ix_bandwidth_user\"");
    await queryRunner.query("DROP TABLE \"bandwidth_assignments\"");
    await queryRunner.query("DROP INDEX \"uq_speed_profiles_name\"");
    await queryRunner.query("DROP TABLE \"speed_profiles\"");
    await queryRunner.query("DROP INDEX \"uq_routers_endpoint\"");
    await queryRunner.query("DROP INDEX \"uq_routers_server\"");
    await queryRunner.query("DROP INDEX \"uq_routers_name\"");
    await queryRunner.query("DROP TABLE \"routers\"");
  }
}
