import { MigrationInterface, QueryRunner } from 'typeorm';

export class Resets1795293536536 implements MigrationInterface {
  name = 'Resets1795293536536';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `reset_events` (`id` int NOT NULL AUTO_INCREMENT, `scope` varchar(16) NOT NULL, `target_id` int NULL, `target_label` varchar(100) NULL, `agent_id` int NULL, `actor_kind` varchar(16) NOT NULL, `actor_id` int NULL, `actor_label` varchar(100) NULL, `reason` varchar(500) NULL, `trigger_kind` varchar(16) NOT NULL, `ok` tinyint NOT NULL, `error` varchar(500) NULL, `affected_users` int NOT NULL DEFAULT '0', `bytes_cleared` bigint NOT NULL DEFAULT '0', `schedule_id` int NULL, `report_id` int NULL, `at` datetime NOT NULL, INDEX `ix_reset_events_target` (`scope`, `target_id`, `id`), INDEX `ix_reset_events_agent` (`agent_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reset_snapshot_rows` (`id` int NOT NULL AUTO_INCREMENT, `event_id` int NOT NULL, `kind` varchar(16) NOT NULL, `subject_id` int NOT NULL, `server_id` int NULL, `label` varchar(200) NULL, `up_bytes` bigint NULL, `down_bytes` bigint NULL, `bytes` bigint NOT NULL DEFAULT '0', INDEX `ix_reset_snapshot_event` (`event_id`, `kind`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reset_schedules` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `scope` varchar(16) NOT NULL, `target_id` int NULL, `cron` varchar(100) NOT NULL, `time_zone` varchar(64) NOT NULL, `enabled` tinyint NOT NULL DEFAULT 1, `reason` varchar(500) NULL, `next_run_at` datetime NULL, `last_run_at` datetime NULL, `last_event_id` int NULL, `last_ok` tinyint NULL, `created_by_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_reset_schedules_due` (`enabled`, `next_run_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `traffic_reports` (`id` int NOT NULL AUTO_INCREMENT, `created_at` datetime NOT NULL, `trigger_kind` varchar(16) NOT NULL, `scope` varchar(16) NOT NULL, `target_id` int NULL, `target_label` varchar(100) NULL, `schedule_id` int NULL, `reset_event_id` int NULL, `users` int NOT NULL DEFAULT '0', `agents` int NOT NULL DEFAULT '0', `servers` int NOT NULL DEFAULT '0', `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `lifetime_bytes` bigint NOT NULL DEFAULT '0', PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `traffic_report_rows` (`id` int NOT NULL AUTO_INCREMENT, `report_id` int NOT NULL, `kind` varchar(8) NOT NULL, `subject_id` int NOT NULL, `label` varchar(100) NOT NULL, `agent_id` int NULL, `up_bytes` bigint NULL, `down_bytes` bigint NULL, `period_bytes` bigint NOT NULL DEFAULT '0', `lifetime_bytes` bigint NOT NULL DEFAULT '0', INDEX `ix_traffic_report_rows_report` (`report_id`, `kind`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `accounts` ADD `reset_strategy` varchar(16) NOT NULL DEFAULT 'NONE'");
    await queryRunner.query("ALTER TABLE `accounts` ADD `billing_day` smallint NULL");
    await queryRunner.query("ALTER TABLE `accounts` ADD `time_zone` varchar(64) NOT NULL DEFAULT 'UTC'");
    await queryRunner.query("ALTER TABLE `accounts` ADD `next_reset_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `accounts` ADD `last_reset_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `users` ADD `reset_strategy` varchar(16) NOT NULL DEFAULT 'NONE'");
    await queryRunner.query("ALTER TABLE `users` ADD `billing_day` smallint NULL");
    await queryRunner.query("ALTER TABLE `users` ADD `time_zone` varchar(64) NOT NULL DEFAULT 'UTC'");
    await queryRunner.query("ALTER TABLE `users` ADD `next_reset_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `users` ADD `last_reset_at` datetime NULL");
    await queryRunner.query("CREATE INDEX `ix_accounts_next_reset` ON `accounts` (`next_reset_at`)");
    await queryRunner.query("CREATE INDEX `ix_users_next_reset` ON `users` (`next_reset_at`)");
    await queryRunner.query("CREATE INDEX `ix_user_server_usage_server` ON `user_server_usage` (`server_id`, `user_id`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_user_server_usage_server` ON `user_server_usage`");
    await queryRunner.query("DROP INDEX `ix_users_next_reset` ON `users`");
    await queryRunner.query("DROP INDEX `ix_accounts_next_reset` ON `accounts`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `last_reset_at`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `next_reset_at`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `time_zone`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `billing_day`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `reset_strategy`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `last_reset_at`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `next_reset_at`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `time_zone`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `billing_day`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `reset_strategy`");
    await queryRunner.query("DROP INDEX `ix_traffic_report_rows_report` ON `traffic_report_rows`");
    await queryRunner.query("DROP TABLE `traffic_report_rows`");
    await queryRunner.query("DROP TABLE `traffic_reports`");
    await queryRunner.query("DROP INDEX `ix_reset_schedules_due` ON `reset_schedules`");
    await queryRunner.query("DROP TABLE `reset_schedules`");
    await queryRunner.query("DROP INDEX `ix_reset_snapshot_event` ON `reset_snapshot_rows`");
    await queryRunner.query("DROP TABLE `reset_snapshot_rows`");
    await queryRunner.query("DROP INDEX `ix_reset_events_agent` ON `reset_events`");
    await queryRunner.query("DROP INDEX `ix_reset_events_target` ON `reset_events`");
    await queryRunner.query("DROP TABLE `reset_events`");
  }
}
