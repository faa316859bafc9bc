import { MigrationInterface, QueryRunner } from 'typeorm';

export class Connectors1796679032587 implements MigrationInterface {
  name = 'Connectors1796679032587';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"connectors\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL, \"base_url\" varchar(500) NOT NULL, \"username\" varchar(100), \"password_enc\" varchar(512), \"totp_secret_enc\" varchar(512), \"api_token_enc\" varchar(2048), \"poll_seconds\" integer NOT NULL DEFAULT (60), \"delete_depleted\" boolean NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL DEFAULT ('UNKNOWN'), \"last_error\" varchar(500), \"last_sync_at\" datetime, \"version\" varchar(100), \"latency_ms\" integer, \"panel_users\" integer, \"failures\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime, \"lease_owner\" varchar(64), \"lease_until\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_connectors_name\" ON \"connectors\" (\"name\") ");
    await queryRunner.query("CREATE TABLE \"connector_servers\" (\"connector_id\" integer NOT NULL, \"inbound\" varchar(32) NOT NULL, \"server_id\" integer NOT NULL, \"counters_version\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"connector_id\", \"inbound\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_connector_servers_server\" ON \"connector_servers\" (\"server_id\") ");
    await queryRunner.query("CREATE TABLE \"panel_users\" (\"connector_id\" integer NOT NULL, \"inbound\" varchar(32) NOT NULL, \"panel_key\" varchar(128) NOT NULL, \"user_id\" integer, \"up_bytes\" bigint NOT NULL DEFAULT (0), \"down_bytes\" bigint NOT NULL DEFAULT (0), \"segment\" integer NOT NULL DEFAULT (0), \"read_at\" datetime NOT NULL, \"lifetime\" boolean NOT NULL DEFAULT (0), \"reset_pending\" boolean NOT NULL DEFAULT (0), \"present\" boolean NOT NULL DEFAULT (1), \"enabled\" boolean NOT NULL, \"panel_status\" varchar(16) NOT NULL, \"held\" boolean NOT NULL DEFAULT (0), \"data_limit\" bigint, \"expires_at\" datetime, \"protocol\" varchar(32) NOT NULL DEFAULT (''), PRIMARY KEY (\"connector_id\", \"inbound\", \"panel_key\"))");
    await queryRunner.query("CREATE INDEX \"ix_panel_users_user\" ON \"panel_users\" (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"connector_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"connector_id\" integer NOT NULL, \"at\" datetime NOT NULL, \"action\" varchar(16) NOT NULL, \"panel_key\" varchar(128), \"inbound\" varchar(32), \"user_id\" integer, \"ok\" boolean NOT NULL, \"status\" integer, \"message\" varchar(500) NOT NULL, \"reset_event_id\" integer)");
    await queryRunner.query("CREATE INDEX \"ix_connector_log_connector\" ON \"connector_log\" (\"connector_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"ix_reset_events_agent\"");
    await queryRunner.query("DROP INDEX \"ix_reset_events_target\"");
    await queryRunner.query("CREATE TABLE \"temporary_reset_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(16) NOT NULL, \"target_id\" integer, \"target_label\" varchar(100), \"agent_id\" integer, \"actor_kind\" varchar(16) NOT NULL, \"actor_id\" integer, \"actor_label\" varchar(100), \"reason\" varchar(500), \"trigger_kind\" varchar(16) NOT NULL, \"ok\" boolean NOT NULL, \"error\" varchar(500), \"affected_users\" integer NOT NULL DEFAULT (0), \"bytes_cleared\" bigint NOT NULL DEFAULT (0), \"schedule_id\" integer, \"report_id\" integer, \"at\" datetime NOT NULL, \"panel_pushes\" text)");
    await queryRunner.query("INSERT INTO \"temporary_reset_events\"(\"id\", \"scope\", \"target_id\", \"target_label\", \"agent_id\", \"actor_kind\", \"actor_id\", \"actor_label\", \"reason\", \"trigger_kind\", \"ok\", \"error\", \"affected_users\", \"bytes_cleared\", \"schedule_id\", \"report_id\", \"at\") SELECT \"id\", \"scope\", \"target_id\", \"target_label\", \"agent_id\", \"actor_kind\", \"actor_id\", \"actor_label\", \"reason\", \"trigger_kind\", \"ok\", \"error\", \"affected_users\", \"bytes_cleared\", \"schedule_id\", \"report_id\", \"at\" FROM \"reset_events\"");
    await queryRunner.query("DROP TABLE \"reset_events\"");
    await queryRunner.query("ALTER TABLE \"temporary_reset_events\" RENAME TO \"reset_events\"");
    await queryRunner.query("CREATE INDEX \"ix_reset_events_agent\" ON \"reset_events\" (\"agent_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_reset_events_target\" ON \"reset_events\" (\"scope\", \"target_id\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_reset_events_target\"");
    await queryRunner.query("DROP INDEX \"ix_reset_events_agent\"");
    await queryRunner.query("ALTER TABLE \"reset_events\" RENAME TO \"temporary_reset_events\"");
    await queryRunner.query("CREATE TABLE \"reset_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(16) NOT NULL, \"target_id\" integer, \"target_label\" varchar(100), \"agent_id\" integer, \"actor_kind\" varchar(16) NOT NULL, \"actor_id\" integer, \"actor_label\" varchar(100), \"reason\" varchar(500), \"trigger_kind\" varchar(16) NOT NULL, \"ok\" boolean NOT NULL, \"error\" varchar(500), \"affected_users\" integer NOT NULL DEFAULT (0), \"bytes_cleared\" bigint NOT NULL DEFAULT (0), \"schedule_id\" integer, \"report_id\" integer, \"at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"reset_events\"(\"id\", \"scope\", \"target_id\", \"target_label\", \"agent_id\", \"actor_kind\", \"actor_id\", \"actor_label\", \"reason\", \"trigger_kind\", \"ok\", \"error\", \"affected_users\", \"bytes_cleared\", \"schedule_id\", \"report_id\", \"at\") SELECT \"id\", \"scope\", \"target_id\", \"target_label\", \"agent_id\", \"actor_kind\", \"actor_id\", \"actor_label\", \"reason\", \"trigger_kind\", \"ok\", \"error\", \"affected_users\", \"bytes_cleared\", \"schedule_id\", \"report_id\", \"at\" FROM \"temporary_reset_events\"");
    await queryRunner.query("DROP TABLE \"temporary_reset_events\"");
    await queryRunner.query("CREATE INDEX \"ix_reset_events_target\" ON \"reset_events\" (\"scope\", \"target_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_reset_events_agent\" ON \"reset_events\" (\"agent_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"ix_connector_log_connector\"");
    await queryRunner.query("DROP TABLE \"connector_log\"");
    await queryRunner.query("DROP INDEX \"ix_panel_users_user\"");
    await queryRunner.query("DROP TABLE \"panel_users\"");
    await queryRunner.query("DROP INDEX \"uq_connector_servers_server\"");
    await queryRunner.query("DROP TABLE \"connector_servers\"");
    await queryRunner.query("DROP INDEX \"uq_connectors_name\"");
    await queryRunner.query("DROP TABLE \"connectors\"");
  }
}
