import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795268428484 implements MigrationInterface {
  name = 'Initial1795268428484';

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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
