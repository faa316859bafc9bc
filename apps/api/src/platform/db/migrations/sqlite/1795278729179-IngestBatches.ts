import { MigrationInterface, QueryRunner } from 'typeorm';

export class IngestBatches1795278729179 implements MigrationInterface {
  name = 'IngestBatches1795278729179';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ingest_batches\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"server_id\" integer NOT NULL, \"samples\" integer NOT NULL, \"first_sample_id\" integer NOT NULL DEFAULT (0), \"last_sample_id\" integer NOT NULL DEFAULT (0), \"received_at\" datetime NOT NULL, \"rolled_up_at\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_ingest_batches_pending\" ON \"ingest_batches\" (\"rolled_up_at\", \"id\") ");
    await queryRunner.query("DROP INDEX \"uq_samples_server_key\"");
    await queryRunner.query("DROP INDEX \"ix_samples_at\"");
    await queryRunner.query("CREATE TABLE \"temporary_samples\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"server_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"sample_key\" varchar(128), \"protocol\" varchar(32) NOT NULL DEFAULT (''), \"up\" bigint NOT NULL, \"down\" bigint NOT NULL, \"at\" datetime NOT NULL, \"agent_id\" integer, \"batch_id\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_samples\"(\"id\", \"server_id\", \"user_id\", \"sample_key\", \"protocol\", \"up\", \"down\", \"at\") SELECT \"id\", \"server_id\", \"user_id\", \"sample_key\", \"protocol\", \"up\", \"down\", \"at\" FROM \"samples\"");
    await queryRunner.query("DROP TABLE \"samples\"");
    await queryRunner.query("ALTER TABLE \"temporary_samples\" RENAME TO \"samples\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_samples_server_key\" ON \"samples\" (\"server_id\", \"sample_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_samples_at\" ON \"samples\" (\"at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_samples_at\"");
    await queryRunner.query("DROP INDEX \"uq_samples_server_key\"");
    await queryRunner.query("ALTER TABLE \"samples\" RENAME TO \"temporary_samples\"");
    await queryRunner.query("CREATE TABLE \"samples\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"server_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"sample_key\" varchar(128), \"protocol\" varchar(32) NOT NULL DEFAULT (''), \"up\" bigint NOT NULL, \"down\" bigint NOT NULL, \"at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"samples\"(\"id\", \"server_id\", \"user_id\", \"sample_key\", \"protocol\", \"up\", \"down\", \"at\") SELECT \"id\", \"server_id\", \"user_id\", \"sample_key\", \"protocol\", \"up\", \"down\", \"at\" FROM \"temporary_samples\"");
    await queryRunner.query("DROP TABLE \"temporary_samples\"");
    await queryRunner.query("CREATE INDEX \"ix_samples_at\" ON \"samples\" (\"at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_samples_server_key\" ON \"samples\" (\"server_id\", \"sample_key\") ");
    await queryRunner.query("DROP INDEX \"ix_ingest_batches_pending\"");
    await queryRunner.query("DROP TABLE \"ingest_batches\"");
  }
}
