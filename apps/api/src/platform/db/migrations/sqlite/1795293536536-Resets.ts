import { MigrationInterface, QueryRunner } from 'typeorm';

export class Resets1795293536536 implements MigrationInterface {
  name = 'Resets1795293536536';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"reset_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(16) NOT NULL, \"target_id\" integer, \"target_label\" varchar(100), \"agent_id\" integer, \"actor_kind\" varchar(16) NOT NULL, \"actor_id\" integer, \"actor_label\" varchar(100), \"reason\" varchar(500), \"trigger_kind\" varchar(16) NOT NULL, \"ok\" boolean NOT NULL, \"error\" varchar(500), \"affected_users\" integer NOT NULL DEFAULT (0), \"bytes_cleared\" bigint NOT NULL DEFAULT (0), \"schedule_id\" integer, \"report_id\" integer, \"at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_reset_events_target\" ON \"reset_events\" (\"scope\", \"target_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_reset_events_agent\" ON \"reset_events\" (\"agent_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"reset_snapshot_rows\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"event_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"subject_id\" integer NOT NULL, \"server_id\" integer, \"label\" varchar(200), \"up_bytes\" bigint, \"down_bytes\" bigint, \"bytes\" bigint NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"ix_reset_snapshot_event\" ON \"reset_snapshot_rows\" (\"event_id\", \"kind\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"reset_schedules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"scope\" varchar(16) NOT NULL, \"target_id\" integer, \"cron\" varchar(100) NOT NULL, \"time_zone\" varchar(64) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT (1), \"reason\" varchar(500), \"next_run_at\" datetime, \"last_run_at\" datetime, \"last_event_id\" integer, \"last_ok\" boolean, \"created_by_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_reset_schedules_due\" ON \"reset_schedules\" (\"enabled\", \"next_run_at\") ");
    await queryRunner.query("CREATE TABLE \"traffic_reports\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"created_at\" datetime NOT NULL, \"trigger_kind\" varchar(16) NOT NULL, \"scope\" varchar(16) NOT NULL, \"target_id\" integer, \"target_label\" varchar(100), \"schedule_id\" integer, \"reset_event_id\" integer, \"users\" integer NOT NULL DEFAULT (0), \"agents\" integer NOT NULL DEFAULT (0), \"servers\" integer NOT NULL DEFAULT (0), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE TABLE \"traffic_report_rows\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"report_id\" integer NOT NULL, \"kind\" varchar(8) NOT NULL, \"subject_id\" integer NOT NULL, \"label\" varchar(100) NOT NULL, \"agent_id\" integer, \"up_bytes\" bigint, \"down_bytes\" bigint, \"period_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"ix_traffic_report_rows_report\" ON \"traffic_report_rows\" (\"report_id\", \"kind\", \"id\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0), \"reset_strategy\" varchar(16) NOT NULL DEFAULT ('NONE'), \"billing_day\" smallint, \"time_zone\" varchar(64) NOT NULL DEFAULT ('UTC'), \"next_reset_at\" datetime, \"last_reset_at\" datetime)");
    await queryRunner.query("INSERT INTO \"temporary_accounts\"(\"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\") SELECT \"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\" FROM \"accounts\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
    await queryRunner.query("ALTER TABLE \"temporary_accounts\" RENAME TO \"accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0), \"reset_strategy\" varchar(16) NOT NULL DEFAULT ('NONE'), \"billing_day\" smallint, \"time_zone\" varchar(64) NOT NULL DEFAULT ('UTC'), \"next_reset_at\" datetime, \"last_reset_at\" datetime)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\") SELECT \"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_accounts_next_reset\" ON \"accounts\" (\"next_reset_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_next_reset\" ON \"users\" (\"next_reset_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_user_server_usage_server\" ON \"user_server_usage\" (\"server_id\", \"user_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_user_server_usage_server\"");
    await queryRunner.query("DROP INDEX \"ix_users_next_reset\"");
    await queryRunner.query("DROP INDEX \"ix_accounts_next_reset\"");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\") SELECT \"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("ALTER TABLE \"accounts\" RENAME TO \"temporary_accounts\"");
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"accounts\"(\"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\") SELECT \"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\" FROM \"temporary_accounts\"");
    await queryRunner.query("DROP TABLE \"temporary_accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"ix_traffic_report_rows_report\"");
    await queryRunner.query("DROP TABLE \"traffic_report_rows\"");
    await queryRunner.query("DROP TABLE \"traffic_reports\"");
    await queryRunner.query("DROP INDEX \"ix_reset_schedules_due\"");
    await queryRunner.query("DROP TABLE \"reset_schedules\"");
    await queryRunner.query("DROP INDEX \"ix_reset_snapshot_event\"");
    await queryRunner.query("DROP TABLE \"reset_snapshot_rows\"");
    await queryRunner.query("DROP INDEX \"ix_reset_events_agent\"");
    await queryRunner.query("DROP INDEX \"ix_reset_events_target\"");
    await queryRunner.query("DROP TABLE \"reset_events\"");
  }
}
