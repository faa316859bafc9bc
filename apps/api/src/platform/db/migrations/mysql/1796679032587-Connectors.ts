import { MigrationInterface, QueryRunner } from 'typeorm';

export class Connectors1796679032587 implements MigrationInterface {
  name = 'Connectors1796679032587';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `connectors` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `kind` varchar(16) NOT NULL, `base_url` varchar(500) NOT NULL, `username` varchar(100) NULL, `password_enc` varchar(512) NULL, `totp_secret_enc` varchar(512) NULL, `api_token_enc` varchar(2048) NULL, `poll_seconds` int NOT NULL DEFAULT '60', `delete_depleted` tinyint NOT NULL DEFAULT 0, `status` varchar(16) NOT NULL DEFAULT 'UNKNOWN', `last_error` varchar(500) NULL, `last_sync_at` datetime NULL, `version` varchar(100) NULL, `latency_ms` int NULL, `panel_users` int NULL, `failures` int NOT NULL DEFAULT '0', `next_attempt_at` datetime NULL, `lease_owner` varchar(64) NULL, `lease_until` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_connectors_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `connector_servers` (`connector_id` int NOT NULL, `inbound` varchar(32) NOT NULL, `server_id` int NOT NULL, `counters_version` int NOT NULL DEFAULT '0', UNIQUE INDEX `uq_connector_servers_server` (`server_id`), PRIMARY KEY (`connector_id`, `inbound`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `panel_users` (`connector_id` int NOT NULL, `inbound` varchar(32) NOT NULL, `panel_key` varchar(128) NOT NULL, `user_id` int NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `segment` int NOT NULL DEFAULT '0', `read_at` datetime NOT NULL, `lifetime` tinyint NOT NULL DEFAULT 0, `reset_pending` tinyint NOT NULL DEFAULT 0, `present` tinyint NOT NULL DEFAULT 1, `enabled` tinyint NOT NULL, `panel_status` varchar(16) NOT NULL, `held` tinyint NOT NULL DEFAULT 0, `data_limit` bigint NULL, `expires_at` datetime NULL, `protocol` varchar(32) NOT NULL DEFAULT '', INDEX `ix_panel_users_user` (`user_id`), PRIMARY KEY (`connector_id`, `inbound`, `panel_key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `connector_log` (`id` int NOT NULL AUTO_INCREMENT, `connector_id` int NOT NULL, `at` datetime NOT NULL, `action` varchar(16) NOT NULL, `panel_key` varchar(128) NULL, `inbound` varchar(32) NULL, `user_id` int NULL, `ok` tinyint NOT NULL, `status` int NULL, `message` varchar(500) NOT NULL, `reset_event_id` int NULL, INDEX `ix_connector_log_connector` (`connector_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `reset_events` ADD `panel_pushes` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `reset_events` DROP COLUMN `panel_pushes`");
    await queryRunner.query("DROP INDEX `ix_connector_log_connector` ON `connector_log`");
    await queryRunner.query("DROP TABLE `connector_log`");
    await queryRunner.query("DROP INDEX `ix_panel_users_user` ON `panel_users`");
    await queryRunner.query("DROP TABLE `panel_users`");
    await queryRunner.query("DROP INDEX `uq_connector_servers_server` ON `connector_servers`");
    await queryRunner.query("DROP TABLE `connector_servers`");
    await queryRunner.query("DROP INDEX `uq_connectors_name` ON `connectors`");
    await queryRunner.query("DROP TABLE `connectors`");
  }
}
