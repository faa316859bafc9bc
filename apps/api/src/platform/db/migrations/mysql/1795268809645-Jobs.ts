import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795268809645 implements MigrationInterface {
  name = 'Jobs1795268809645';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `agenda_jobs` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(255) NOT NULL, `priority` int NOT NULL DEFAULT '0', `type` varchar(10) NOT NULL DEFAULT 'normal', `single_key` varchar(255) NULL, `next_run_at` datetime(3) NULL, `locked_at` datetime(3) NULL, `last_run_at` datetime(3) NULL, `last_finished_at` datetime(3) NULL, `failed_at` datetime(3) NULL, `fail_count` int NULL, `fail_reason` text NULL, `repeat_interval` varchar(255) NULL, `repeat_timezone` varchar(100) NULL, `repeat_at` varchar(255) NULL, `data` text NULL, `disabled` tinyint NOT NULL DEFAULT 0, `progress` int NULL, `last_modified_by` varchar(255) NULL, `debounce_started_at` datetime(3) NULL, `start_date` datetime(3) NULL, `end_date` datetime(3) NULL, `skip_days` varchar(32) NULL, UNIQUE INDEX `uq_agenda_jobs_single` (`single_key`), INDEX `ix_agenda_jobs_find_next` (`name`, `locked_at`, `next_run_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `traffic_limit` `traffic_limit` bigint NULL");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `max_users` `max_users` int NULL");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `created_by_id` `created_by_id` int NULL");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `last_login_at` `last_login_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `api_keys` CHANGE `last_used_at` `last_used_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `api_keys` CHANGE `revoked_at` `revoked_at` datetime NULL");
    await queryRunner.query("DROP INDEX `ix_users_agent_status` ON `users`");
    await queryRunner.query("ALTER TABLE `users` CHANGE `agent_id` `agent_id` int NULL");
    await queryRunner.query("ALTER TABLE `users` CHANGE `data_limit` `data_limit` bigint NULL");
    await queryRunner.query("ALTER TABLE `users` CHANGE `expires_at` `expires_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `users` CHANGE `mac_address` `mac_address` varchar(17) NULL");
    await queryRunner.query("CREATE INDEX `ix_users_agent_status` ON `users` (`agent_id`, `status`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_users_agent_status` ON `users`");
    await queryRunner.query("ALTER TABLE `users` CHANGE `mac_address` `mac_address` varchar(17) NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `users` CHANGE `expires_at` `expires_at` datetime NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `users` CHANGE `data_limit` `data_limit` bigint NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `users` CHANGE `agent_id` `agent_id` int NULL DEFAULT 'NULL'");
    await queryRunner.query("CREATE INDEX `ix_users_agent_status` ON `users` (`agent_id`, `status`)");
    await queryRunner.query("ALTER TABLE `api_keys` CHANGE `revoked_at` `revoked_at` datetime NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `api_keys` CHANGE `last_used_at` `last_used_at` datetime NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `last_login_at` `last_login_at` datetime NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `created_by_id` `created_by_id` int NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `max_users` `max_users` int NULL DEFAULT 'NULL'");
    await queryRunner.query("ALTER TABLE `accounts` CHANGE `traffic_limit` `traffic_limit` bigint NULL DEFAULT 'NULL'");
    await queryRunner.query("DROP INDEX `ix_agenda_jobs_find_next` ON `agenda_jobs`");
    await queryRunner.query("DROP INDEX `uq_agenda_jobs_single` ON `agenda_jobs`");
    await queryRunner.query("DROP TABLE `agenda_jobs`");
  }
}
