import { MigrationInterface, QueryRunner } from 'typeorm';

export class RouterCutoff1796408032708 implements MigrationInterface {
  name = 'RouterCutoff1796408032708';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"router_ppp_counters\" (\"router_id\" integer NOT NULL, \"name\" varchar(64) NOT NULL, \"session_ref\" varchar(32) NOT NULL, \"login_at\" datetime NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"read_at\" datetime NOT NULL, PRIMARY KEY (\"router_id\", \"name\"))");
    await queryRunner.query("CREATE TABLE \"router_logins\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"router_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(64) NOT NULL, \"user_id\" integer NOT NULL, \"password_enc\" varchar(512), \"router_profile\" varchar(64), \"speed_profile_id\" integer, \"batch_id\" integer, \"held\" boolean NOT NULL DEFAULT (0), \"state\" varchar(16) NOT NULL DEFAULT ('PENDING'), \"last_error\" varchar(500), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_router_logins_user\" ON \"router_logins\" (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_router_logins_batch\" ON \"router_logins\" (\"batch_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_router_logins_name\" ON \"router_logins\" (\"router_id\", \"kind\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"voucher_batches\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"agent_id\" integer, \"router_id\" integer NOT NULL, \"speed_profile_id\" integer, \"count\" integer NOT NULL, \"data_limit\" bigint, \"validity_seconds\" integer, \"prefix\" varchar(16) NOT NULL DEFAULT (''), \"created_by_id\" integer NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_voucher_batches_agent\" ON \"voucher_batches\" (\"agent_id\") ");
    await queryRunner.query("DROP INDEX \"ix_accounts_next_reset\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0), \"reset_strategy\" varchar(16) NOT NULL DEFAULT ('NONE'), \"billing_day\" smallint, \"time_zone\" varchar(64) NOT NULL DEFAULT ('UTC'), \"next_reset_at\" datetime, \"last_reset_at\" datetime, \"over_limit_action\" varchar(16) NOT NULL DEFAULT ('SUSPEND'), \"throttle_profile_id\" integer)");
    await queryRunner.query("INSERT INTO \"temporary_accounts\"(\"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\") SELECT \"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\" FROM \"accounts\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
    await queryRunner.query("ALTER TABLE \"temporary_accounts\" RENAME TO \"accounts\"");
    await queryRunner.query("CREATE INDEX \"ix_accounts_next_reset\" ON \"accounts\" (\"next_reset_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"ix_users_next_reset\"");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0), \"reset_strategy\" varchar(16) NOT NULL DEFAULT ('NONE'), \"billing_day\" smallint, \"time_zone\" varchar(64) NOT NULL DEFAULT ('UTC'), \"next_reset_at\" datetime, \"last_reset_at\" datetime, \"over_limit_action\" varchar(16), \"throttle_profile_id\" integer)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\") SELECT \"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE INDEX \"ix_users_next_reset\" ON \"users\" (\"next_reset_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"ix_alerts_agent\"");
    await queryRunner.query("DROP INDEX \"ix_alerts_unacknowledged\"");
    await queryRunner.query("CREATE TABLE \"temporary_alerts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(8) NOT NULL, \"subject_id\" integer NOT NULL, \"subject_name\" varchar(64) NOT NULL, \"agent_id\" integer, \"threshold\" smallint NOT NULL, \"used_bytes\" bigint NOT NULL DEFAULT (0), \"limit_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"acknowledged_at\" datetime, \"acknowledged_by_id\" integer, \"delivery\" varchar(8) NOT NULL DEFAULT ('NONE'), \"delivery_attempts\" integer NOT NULL DEFAULT (0), \"delivery_error\" varchar(255), \"over_limit_action\" varchar(16))");
    await queryRunner.query("INSERT INTO \"temporary_alerts\"(\"id\", \"kind\", \"subject_id\", \"subject_name\", \"agent_id\", \"threshold\", \"used_bytes\", \"limit_bytes\", \"created_at\", \"acknowledged_at\", \"acknowledged_by_id\", \"delivery\", \"delivery_attempts\", \"delivery_error\") SELECT \"id\", \"kind\", \"subject_id\", \"subject_name\", \"agent_id\", \"threshold\", \"used_bytes\", \"limit_bytes\", \"created_at\", \"acknowledged_at\", \"acknowledged_by_id\", \"delivery\", \"delivery_attempts\", \"delivery_error\" FROM \"alerts\"");
    await queryRunner.query("DROP TABLE \"alerts\"");
    await queryRunner.query("ALTER TABLE \"temporary_alerts\" RENAME TO \"alerts\"");
    await queryRunner.query("CREATE INDEX \"ix_alerts_agent\" ON \"alerts\" (\"agent_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_alerts_unacknowledged\" ON \"alerts\" (\"acknowledged_at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_alerts_unacknowledged\"");
    await queryRunner.query("DROP INDEX \"ix_alerts_agent\"");
    await queryRunner.query("ALTER TABLE \"alerts\" RENAME TO \"temporary_alerts\"");
    await queryRunner.query("CREATE TABLE \"alerts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(8) NOT NULL, \"subject_id\" integer NOT NULL, \"subject_name\" varchar(64) NOT NULL, \"agent_id\" integer, \"threshold\" smallint NOT NULL, \"used_bytes\" bigint NOT NULL DEFAULT (0), \"limit_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"acknowledged_at\" datetime, \"acknowledged_by_id\" integer, \"delivery\" varchar(8) NOT NULL DEFAULT ('NONE'), \"delivery_attempts\" integer NOT NULL DEFAULT (0), \"delivery_error\" varchar(255))");
    await queryRunner.query("INSERT INTO \"alerts\"(\"id\", \"kind\", \"subject_id\", \"subject_name\", \"agent_id\", \"threshold\", \"used_bytes\", \"limit_bytes\", \"created_at\", \"acknowledged_at\", \"acknowledged_by_id\", \"delivery\", \"delivery_attempts\", \"delivery_error\") SELECT \"id\", \"kind\", \"subject_id\", \"subject_name\", \"agent_id\", \"threshold\", \"used_bytes\", \"limit_bytes\", \"created_at\", \"acknowledged_at\", \"acknowledged_by_id\", \"delivery\", \"delivery_attempts\", \"delivery_error\" FROM \"temporary_alerts\"");
    await queryRunner.query("DROP TABLE \"temporary_alerts\"");
    await queryRunner.query("CREATE INDEX \"ix_alerts_unacknowledged\" ON \"alerts\" (\"acknowledged_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_alerts_agent\" ON \"alerts\" (\"agent_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("DROP INDEX \"ix_users_next_reset\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0), \"reset_strategy\" varchar(16) NOT NULL DEFAULT ('NONE'), \"billing_day\" smallint, \"time_zone\" varchar(64) NOT NULL DEFAULT ('UTC'), \"next_reset_at\" datetime, \"last_reset_at\" datetime)");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\") SELECT \"id\", \"username\", \"token\", \"agent_id\", \"created_by_id\", \"status\", \"data_limit\", \"expires_at\", \"mac_address\", \"up_bytes\", \"down_bytes\", \"lifetime_bytes\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_next_reset\" ON \"users\" (\"next_reset_at\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("DROP INDEX \"ix_accounts_next_reset\"");
    await queryRunner.query("ALTER TABLE \"accounts\" RENAME TO \"temporary_accounts\"");
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"alert_level\" smallint NOT NULL DEFAULT (0), \"reset_strategy\" varchar(16) NOT NULL DEFAULT ('NONE'), \"billing_day\" smallint, \"time_zone\" varchar(64) NOT NULL DEFAULT ('UTC'), \"next_reset_at\" datetime, \"last_reset_at\" datetime)");
    await queryRunner.query("INSERT INTO \"accounts\"(\"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\") SELECT \"id\", \"username\", \"password_hash\", \"role\", \"status\", \"traffic_limit\", \"quota_mode\", \"max_users\", \"charged_bytes\", \"allocated_bytes\", \"lifetime_bytes\", \"created_by_id\", \"last_login_at\", \"created_at\", \"updated_at\", \"alert_level\", \"reset_strategy\", \"billing_day\", \"time_zone\", \"next_reset_at\", \"last_reset_at\" FROM \"temporary_accounts\"");
    await queryRunner.query("DROP TABLE \"temporary_accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("CREATE INDEX \"ix_accounts_next_reset\" ON \"accounts\" (\"next_reset_at\") ");
    await queryRunner.query("DROP INDEX \"ix_voucher_batches_agent\"");
    await queryRunner.query("DROP TABLE \"voucher_batches\"");
    await queryRunner.query("DROP INDEX \"uq_router_logins_name\"");
    await queryRunner.query("DROP INDEX \"ix_router_logins_batch\"");
    await queryRunner.query("DROP INDEX \"ix_router_logins_user\"");
    await queryRunner.query("DROP TABLE \"router_logins\"");
    await queryRunner.query("DROP TABLE \"router_ppp_counters\"");
  }
}
