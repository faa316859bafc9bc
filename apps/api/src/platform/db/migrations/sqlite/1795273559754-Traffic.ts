import { MigrationInterface, QueryRunner } from 'typeorm';

export class Traffic1795273559754 implements MigrationInterface {
  name = 'Traffic1795273559754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"servers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL DEFAULT ('WEBHOOK'), \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"token_hash\" varchar(64) NOT NULL, \"token_prefix\" varchar(16) NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"samples_count\" bigint NOT NULL DEFAULT (0), \"last_seen_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_servers_name\" ON \"servers\" (\"name\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_servers_token_hash\" ON \"servers\" (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"samples\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"server_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"sample_key\" varchar(128), \"protocol\" varchar(32) NOT NULL DEFAULT (''), \"up\" bigint NOT NULL, \"down\" bigint NOT NULL, \"at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_samples_at\" ON \"samples\" (\"at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_samples_server_key\" ON \"samples\" (\"server_id\", \"sample_key\") ");
    await queryRunner.query("CREATE TABLE \"user_server_usage\" (\"user_id\" integer NOT NULL, \"server_id\" integer NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_up\" bigint NOT NULL DEFAULT (0), \"lifetime_down\" bigint NOT NULL DEFAULT (0), \"last_seen_at\" datetime NOT NULL, PRIMARY KEY (\"user_id\", \"server_id\"))");
    await queryRunner.query("CREATE TABLE \"usage_hourly\" (\"user_id\" integer NOT NULL, \"server_id\" integer NOT NULL, \"protocol\" varchar(32) NOT NULL, \"hour\" datetime NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"samples\" integer NOT NULL DEFAULT (0), \"last_seen_at\" datetime NOT NULL, PRIMARY KEY (\"user_id\", \"server_id\", \"protocol\", \"hour\"))");
    await queryRunner.query("CREATE INDEX \"ix_usage_hourly_hour\" ON \"usage_hourly\" (\"hour\") ");
    await queryRunner.query("CREATE TABLE \"usage_hourly_agent\" (\"agent_key\" integer NOT NULL, \"hour\" datetime NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"samples\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"agent_key\", \"hour\"))");
    await queryRunner.query("CREATE INDEX \"ix_usage_hourly_agent_hour\" ON \"usage_hourly_agent\" (\"hour\") ");
    await queryRunner.query("CREATE TABLE \"system_counters\" (\"id\" integer PRIMARY KEY NOT NULL, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"lifetime_bytes\" bigint NOT NULL DEFAULT (0), \"samples_count\" bigint NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE TABLE \"settings\" (\"key\" varchar(64) PRIMARY KEY NOT NULL, \"value\" text NOT NULL, \"updated_by_id\" integer, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"settings\"");
    await queryRunner.query("DROP TABLE \"system_counters\"");
    await queryRunner.query("DROP INDEX \"ix_usage_hourly_agent_hour\"");
    await queryRunner.query("DROP TABLE \"usage_hourly_agent\"");
    await queryRunner.query("DROP INDEX \"ix_usage_hourly_hour\"");
    await queryRunner.query("DROP TABLE \"usage_hourly\"");
    await queryRunner.query("DROP TABLE \"user_server_usage\"");
    await queryRunner.query("DROP INDEX \"uq_samples_server_key\"");
    await queryRunner.query("DROP INDEX \"ix_samples_at\"");
    await queryRunner.query("DROP TABLE \"samples\"");
    await queryRunner.query("DROP INDEX \"uq_servers_token_hash\"");
    await queryRunner.query("DROP INDEX \"uq_servers_name\"");
    await queryRunner.query("DROP TABLE \"servers\"");
  }
}
