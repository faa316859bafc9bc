import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795271348963 implements MigrationInterface {
  name = 'Initial1795271348963';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `accounts` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(64) NOT NULL, `password_hash` varchar(255) NOT NULL, `role` varchar(16) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'ACTIVE', `traffic_limit` bigint NULL, `quota_mode` varchar(16) NOT NULL DEFAULT 'USAGE', `max_users` int NULL, `charged_bytes` bigint NOT NULL DEFAULT '0', `allocated_bytes` bigint NOT NULL DEFAULT '0', `lifetime_bytes` bigint NOT NULL DEFAULT '0', `created_by_id` int NULL, `last_login_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_accounts_username` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `api_keys` (`id` int NOT NULL AUTO_INCREMENT, `account_id` int NOT NULL, `name` varchar(100) NOT NULL, `prefix` varchar(16) NOT NULL, `key_hash` varchar(64) NOT NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_api_keys_account` (`account_id`), UNIQUE INDEX `uq_api_keys_hash` (`key_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(64) NOT NULL, `token` varchar(64) NOT NULL, `agent_id` int NULL, `created_by_id` int NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'ACTIVE', `data_limit` bigint NULL, `expires_at` datetime NULL, `mac_address` varchar(17) NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `lifetime_bytes` bigint NOT NULL DEFAULT '0', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_users_username` (`username`), UNIQUE INDEX `uq_users_token` (`token`), INDEX `ix_users_mac` (`mac_address`), INDEX `ix_users_agent_status` (`agent_id`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `agenda_jobs` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(255) NOT NULL, `priority` int NOT NULL DEFAULT '0', `type` varchar(10) NOT NULL DEFAULT 'normal', `single_key` varchar(255) NULL, `next_run_at` datetime(3) NULL, `locked_at` datetime(3) NULL, `last_run_at` datetime(3) NULL, `last_finished_at` datetime(3) NULL, `failed_at` datetime(3) NULL, `fail_count` int NULL, `fail_reason` text NULL, `repeat_interval` varchar(255) NULL, `repeat_timezone` varchar(100) NULL, `repeat_at` varchar(255) NULL, `data` text NULL, `disabled` tinyint NOT NULL DEFAULT 0, `progress` int NULL, `last_modified_by` varchar(255) NULL, `debounce_started_at` datetime(3) NULL, `start_date` datetime(3) NULL, `end_date` datetime(3) NULL, `skip_days` varchar(32) NULL, UNIQUE INDEX `uq_agenda_jobs_single` (`single_key`), INDEX `ix_agenda_jobs_find_next` (`name`, `locked_at`, `next_run_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_agenda_jobs_find_next` ON `agenda_jobs`");
    await queryRunner.query("DROP INDEX `uq_agenda_jobs_single` ON `agenda_jobs`");
    await queryRunner.query("DROP TABLE `agenda_jobs`");
    await queryRunner.query("DROP INDEX `ix_users_agent_status` ON `users`");
    await queryRunner.query("DROP INDEX `ix_users_mac` ON `users`");
    await queryRunner.query("DROP INDEX `uq_users_token` ON `users`");
    await queryRunner.query("DROP INDEX `uq_users_username` ON `users`");
    await queryRunner.query("DROP TABLE `users`");
    await queryRunner.query("DROP INDEX `uq_api_keys_hash` ON `api_keys`");
    await queryRunner.query("DROP INDEX `ix_api_keys_account` ON `api_keys`");
    await queryRunner.query("DROP TABLE `api_keys`");
    await queryRunner.query("DROP INDEX `uq_accounts_username` ON `accounts`");
    await queryRunner.query("DROP TABLE `accounts`");
  }
}
