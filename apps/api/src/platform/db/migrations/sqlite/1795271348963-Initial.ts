import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795271348963 implements MigrationInterface {
  name = 'Initial1795271348963';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"traffic_limit\" bigint, \"quota_mode\" varchar(16) NOT NULL DEFAULT ('USAGE'), \"max_users\" integer, \"charged_bytes\" bigint NOT NULL DEFAULT (0), \"allocated_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_by_id\" integer, \"last_login_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_username\" ON \"accounts\" (\"username\") ");
    await queryRunner.query("CREATE TABLE \"api_keys\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"account_id\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"key_hash\" varchar(64) NOT NULL, \"last_used_at\" datetime, \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_api_keys_account\" ON \"api_keys\" (\"account_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_api_keys_hash\" ON \"api_keys\" (\"key_hash\") ");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"token\" varchar(64) NOT NULL, \"agent_id\" integer, \"created_by_id\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"data_limit\" bigint, \"expires_at\" datetime, \"mac_address\" varchar(17), \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_token\" ON \"users\" (\"token\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_mac\" ON \"users\" (\"mac_address\") ");
    await queryRunner.query("CREATE INDEX \"ix_users_agent_status\" ON \"users\" (\"agent_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"agenda_jobs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(255) NOT NULL, \"priority\" integer NOT NULL DEFAULT (0), \"type\" varchar(10) NOT NULL DEFAULT ('normal'), \"single_key\" varchar(255), \"next_run_at\" datetime(3), \"locked_at\" datetime(3), \"last_run_at\" datetime(3), \"last_finished_at\" datetime(3), \"failed_at\" datetime(3), \"fail_count\" integer, \"fail_reason\" text, \"repeat_interval\" varchar(255), \"repeat_timezone\" varchar(100), \"repeat_at\" varchar(255), \"data\" text, \"disabled\" boolean NOT NULL DEFAULT (0), \"progress\" integer, \"last_modified_by\" varchar(255), \"debounce_started_at\" datetime(3), \"start_date\" datetime(3), \"end_date\" datetime(3), \"skip_days\" varchar(32))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_agenda_jobs_single\" ON \"agenda_jobs\" (\"single_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_agenda_jobs_find_next\" ON \"agenda_jobs\" (\"name\", \"locked_at\", \"next_run_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_agenda_jobs_find_next\"");
    await queryRunner.query("DROP INDEX \"uq_agenda_jobs_single\"");
    await queryRunner.query("DROP TABLE \"agenda_jobs\"");
    await queryRunner.query("DROP INDEX \"ix_users_agent_status\"");
    await queryRunner.query("DROP INDEX \"ix_users_mac\"");
    await queryRunner.query("DROP INDEX \"uq_users_token\"");
    await queryRunner.query("DROP INDEX \"uq_users_username\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP INDEX \"uq_api_keys_hash\"");
    await queryRunner.query("DROP INDEX \"ix_api_keys_account\"");
    await queryRunner.query("DROP TABLE \"api_keys\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_username\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
  }
}
