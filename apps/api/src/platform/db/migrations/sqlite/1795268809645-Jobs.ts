import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795268809645 implements MigrationInterface {
  name = 'Jobs1795268809645';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"agenda_jobs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(255) NOT NULL, \"priority\" integer NOT NULL DEFAULT (0), \"type\" varchar(10) NOT NULL DEFAULT ('normal'), \"single_key\" varchar(255), \"next_run_at\" datetime(3), \"locked_at\" datetime(3), \"last_run_at\" datetime(3), \"last_finished_at\" datetime(3), \"failed_at\" datetime(3), \"fail_count\" integer, \"fail_reason\" text, \"repeat_interval\" varchar(255), \"repeat_timezone\" varchar(100), \"repeat_at\" varchar(255), \"data\" text, \"disabled\" boolean NOT NULL DEFAULT (0), \"progress\" integer, \"last_modified_by\" varchar(255), \"debounce_started_at\" datetime(3), \"start_date\" datetime(3), \"end_date\" datetime(3), \"skip_days\" varchar(32))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_agenda_jobs_single\" ON \"agenda_jobs\" (\"single_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_agenda_jobs_find_next\" ON \"agenda_jobs\" (\"name\", \"locked_at\", \"next_run_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_agenda_jobs_find_next\"");
    await queryRunner.query("DROP INDEX \"uq_agenda_jobs_single\"");
    await queryRunner.query("DROP TABLE \"agenda_jobs\"");
  }
}
