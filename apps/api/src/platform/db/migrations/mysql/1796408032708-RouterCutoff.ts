import { MigrationInterface, QueryRunner } from 'typeorm';

export class RouterCutoff1796408032708 implements MigrationInterface {
  name = 'RouterCutoff1796408032708';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `router_ppp_counters` (`router_id` int NOT NULL, `name` varchar(64) NOT NULL, `session_ref` varchar(32) NOT NULL, `login_at` datetime NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `read_at` datetime NOT NULL, PRIMARY KEY (`router_id`, `name`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `router_logins` (`id` int NOT NULL AUTO_INCREMENT, `router_id` int NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(64) NOT NULL, `user_id` int NOT NULL, `password_enc` varchar(512) NULL, `router_profile` varchar(64) NULL, `speed_profile_id` int NULL, `batch_id` int NULL, `held` tinyint NOT NULL DEFAULT 0, `state` varchar(16) NOT NULL DEFAULT 'PENDING', `last_error` varchar(500) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_router_logins_user` (`user_id`), INDEX `ix_router_logins_batch` (`batch_id`), UNIQUE INDEX `uq_router_logins_name` (`router_id`, `kind`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `voucher_batches` (`id` int NOT NULL AUTO_INCREMENT, `agent_id` int NULL, `router_id` int NOT NULL, `speed_profile_id` int NULL, `count` int NOT NULL, `data_limit` bigint NULL, `validity_seconds` int NULL, `prefix` varchar(16) NOT NULL DEFAULT '', `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `ix_voucher_batches_agent` (`agent_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `accounts` ADD `over_limit_action` varchar(16) NOT NULL DEFAULT 'SUSPEND'");
    await queryRunner.query("ALTER TABLE `accounts` ADD `throttle_profile_id` int NULL");
    await queryRunner.query("ALTER TABLE `users` ADD `over_limit_action` varchar(16) NULL");
    await queryRunner.query("ALTER TABLE `users` ADD `throttle_profile_id` int NULL");
    await queryRunner.query("ALTER TABLE `alerts` ADD `over_limit_action` varchar(16) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `alerts` DROP COLUMN `over_limit_action`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `throttle_profile_id`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `over_limit_action`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `throttle_profile_id`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `over_limit_action`");
    await queryRunner.query("DROP INDEX `ix_voucher_batches_agent` ON `voucher_batches`");
    await queryRunner.query("DROP TABLE `voucher_batches`");
    await queryRunner.query("DROP INDEX `uq_router_logins_name` ON `router_logins`");
    await queryRunner.query("DROP INDEX `ix_router_logins_batch` ON `router_logins`");
    await queryRunner.query("DROP INDEX `ix_router_logins_user` ON `router_logins`");
    await queryRunner.query("DROP TABLE `router_logins`");
    await queryRunner.query("DROP TABLE `router_ppp_counters`");
  }
}
