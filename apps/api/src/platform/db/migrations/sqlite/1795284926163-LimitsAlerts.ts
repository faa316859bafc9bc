import { MigrationInterface, QueryRunner } from 'typeorm';

export class LimitsAlerts1795284926163 implements MigrationInterface {
  name = 'LimitsAlerts1795284926163';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"alerts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(8) NOT NULL, \"subject_id\" integer NOT NULL, \"subject_name\" varchar(64) NOT NULL, \"agent_id\" integer, \"threshold\" smallint NOT NULL, \"used_bytes\" bigint NOT NULL DEFAULT (0), \"limit_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"acknowledged_at\" datetime, \"acknowledged_by_id\" integer, \"delivery\" varchar(8) NOT NULL DEFAULT ('NONE'), \"delivery_attempts\" integer NOT NULL DEFAULT (0), \"delivery_error\" varchar(255))");
    await queryRunner.query("CREATE INDEX \"ix_alerts_unacknowledged\" ON \"alerts\" (\"acknowledged_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_alerts_agent\" ON \"alerts\" (\"agent_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_accounts\"(\"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\" FROM \"accounts\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
    await queryRunner.query("ALTER TABLE \"temporary_accounts\" RENAME TO \"accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\") SELECT \"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\") SELECT \"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("ALTER TABLE \"accounts\" RENAME TO \"temporary_accounts\"");
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"accounts\"(\"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\" FROM \"temporary_accounts\"");
    await queryRunner.query("DROP TABLE \"temporary_accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"ix_alerts_agent\"");
    await queryRunner.query("DROP INDEX \"ix_alerts_unacknowledged\"");
    await queryRunner.query("DROP TABLE \"alerts\"");
  }
}
