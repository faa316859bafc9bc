import { MigrationInterface, QueryRunner } from 'typeorm';

export class LimitsAlerts1795284926163 implements MigrationInterface {
  name = 'LimitsAlerts1795284926163';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `alerts` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(8) NOT NULL, `subject_id` int NOT NULL, `subject_name` varchar(64) NOT NULL, `agent_id` int NULL, `threshold` smallint NOT NULL, `used_bytes` bigint NOT NULL DEFAULT '0', `limit_bytes` bigint NOT NULL DEFAULT '0', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `acknowledged_at` datetime NULL, `acknowledged_by_id` int NULL, `delivery` varchar(8) NOT NULL DEFAULT 'NONE', `delivery_attempts` int NOT NULL DEFAULT '0', `delivery_error` varchar(255) NULL, INDEX `ix_alerts_unacknowledged` (`acknowledged_at`, `id`), INDEX `ix_alerts_agent` (`agent_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `accounts` ADD `alert_level` smallint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `users` ADD `alert_level` smallint NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `alert_level`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `alert_level`");
    await queryRunner.query("DROP INDEX `ix_alerts_agent` ON `alerts`");
    await queryRunner.query("DROP INDEX `ix_alerts_unacknowledged` ON `alerts`");
    await queryRunner.query("DROP TABLE `alerts`");
  }
}
