import { MigrationInterface, QueryRunner } from 'typeorm';

export class Traffic1795273559754 implements MigrationInterface {
  name = 'Traffic1795273559754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `servers` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `kind` varchar(16) NOT NULL DEFAULT 'WEBHOOK', `status` varchar(16) NOT NULL DEFAULT 'ACTIVE', `token_hash` varchar(64) NOT NULL, `token_prefix` varchar(16) NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `lifetime_bytes` bigint NOT NULL DEFAULT '0', `samples_count` bigint NOT NULL DEFAULT '0', `last_seen_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_servers_name` (`name`), UNIQUE INDEX `uq_servers_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `samples` (`id` int UNSIGNED NOT NULL AUTO_INCREMENT, `server_id` int NOT NULL, `user_id` int NOT NULL, `sample_key` varchar(128) NULL, `protocol` varchar(32) NOT NULL DEFAULT '', `up` bigint NOT NULL, `down` bigint NOT NULL, `at` datetime NOT NULL, INDEX `ix_samples_at` (`at`), UNIQUE INDEX `uq_samples_server_key` (`server_id`, `sample_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user_server_usage` (`user_id` int NOT NULL, `server_id` int NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `lifetime_up` bigint NOT NULL DEFAULT '0', `lifetime_down` bigint NOT NULL DEFAULT '0', `last_seen_at` datetime NOT NULL, PRIMARY KEY (`user_id`, `server_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `usage_hourly` (`user_id` int NOT NULL, `server_id` int NOT NULL, `protocol` varchar(32) NOT NULL, `hour` datetime NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `samples` int NOT NULL DEFAULT '0', `last_seen_at` datetime NOT NULL, INDEX `ix_usage_hourly_hour` (`hour`), PRIMARY KEY (`user_id`, `server_id`, `protocol`, `hour`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `usage_hourly_agent` (`agent_key` int NOT NULL, `hour` datetime NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `samples` int NOT NULL DEFAULT '0', INDEX `ix_usage_hourly_agent_hour` (`hour`), PRIMARY KEY (`agent_key`, `hour`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `system_counters` (`id` int NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `lifetime_bytes` bigint NOT NULL DEFAULT '0', `samples_count` bigint NOT NULL DEFAULT '0', PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `settings` (`key` varchar(64) NOT NULL, `value` text NOT NULL, `updated_by_id` int NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`key`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `settings`");
    await queryRunner.query("DROP TABLE `system_counters`");
    await queryRunner.query("DROP INDEX `ix_usage_hourly_agent_hour` ON `usage_hourly_agent`");
    await queryRunner.query("DROP TABLE `usage_hourly_agent`");
    await queryRunner.query("DROP INDEX `ix_usage_hourly_hour` ON `usage_hourly`");
    await queryRunner.query("DROP TABLE `usage_hourly`");
    await queryRunner.query("DROP TABLE `user_server_usage`");
    await queryRunner.query("DROP INDEX `uq_samples_server_key` ON `samples`");
    await queryRunner.query("DROP INDEX `ix_samples_at` ON `samples`");
    await queryRunner.query("DROP TABLE `samples`");
    await queryRunner.query("DROP INDEX `uq_servers_token_hash` ON `servers`");
    await queryRunner.query("DROP INDEX `uq_servers_name` ON `servers`");
    await queryRunner.query("DROP TABLE `servers`");
  }
}
