import { MigrationInterface, QueryRunner } from 'typeorm';

export class IngestBatches1795278729179 implements MigrationInterface {
  name = 'IngestBatches1795278729179';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `ingest_batches` (`id` int NOT NULL AUTO_INCREMENT, `server_id` int NOT NULL, `samples` int NOT NULL, `first_sample_id` int UNSIGNED NOT NULL DEFAULT '0', `last_sample_id` int UNSIGNED NOT NULL DEFAULT '0', `received_at` datetime NOT NULL, `rolled_up_at` datetime NULL, INDEX `ix_ingest_batches_pending` (`rolled_up_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `samples` ADD `agent_id` int NULL");
    await queryRunner.query("ALTER TABLE `samples` ADD `batch_id` int NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `samples` DROP COLUMN `batch_id`");
    await queryRunner.query("ALTER TABLE `samples` DROP COLUMN `agent_id`");
    await queryRunner.query("DROP INDEX `ix_ingest_batches_pending` ON `ingest_batches`");
    await queryRunner.query("DROP TABLE `ingest_batches`");
  }
}
