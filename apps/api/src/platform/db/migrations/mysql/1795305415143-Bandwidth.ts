import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bandwidth1795305415143 implements MigrationInterface {
  name = 'Bandwidth1795305415143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `routers` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `host` varchar(255) NOT NULL, `port` int NOT NULL, `tls` tinyint NOT NULL DEFAULT 0, `username` varchar(100) NOT NULL, `password_enc` varchar(512) NOT NULL, `server_id` int NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'UNKNOWN', `last_error` varchar(500) NULL, `last_contact_at` datetime NULL, `identity` varchar(100) NULL, `version` varchar(100) NULL, `latency_ms` int NULL, `failures` int NOT NULL DEFAULT '0', `next_attempt_at` datetime NULL, `counters_version` int NOT NULL DEFAULT '0', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_routers_name` (`name`), UNIQUE INDEX `uq_routers_server` (`server_id`), UNIQUE INDEX `uq_routers_endpoint` (`host`, `port`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `speed_profiles` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(50) NOT NULL, `up_bps` bigint NOT NULL DEFAULT '0', `down_bps` bigint NOT NULL DEFAULT '0', `price` decimal(12,2) NULL, `validity` varchar(16) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_speed_profiles_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `bandwidth_assignments` (`id` int NOT NULL AUTO_INCREMENT, `router_id` int NOT NULL, `mac_address` varchar(17) NOT NULL, `user_id` int NULL, `agent_id` int NULL, `profile_id` int NULL, `up_bps` bigint NOT NULL DEFAULT '0', `down_bps` bigint NOT NULL DEFAULT '0', `state` varchar(16) NOT NULL DEFAULT 'PENDING', `last_error` varchar(500) NULL, `attempts` int NOT NULL DEFAULT '0', `next_attempt_at` datetime NULL, `applied_at` datetime NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `ix_bandwidth_user` (`user_id`), INDEX `ix_bandwidth_agent` (`agent_id`), INDEX `ix_bandwidth_profile` (`profile_id`), UNIQUE INDEX `uq_bandwidth_router_mac` (`router_id`, `mac_address`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `router_counters` (`router_id` int NOT NULL, `mac_address` varchar(17) NOT NULL, `session_ref` varchar(32) NOT NULL, `login_at` datetime NOT NULL, `up_bytes` bigint NOT NULL DEFAULT '0', `down_bytes` bigint NOT NULL DEFAULT '0', `read_at` datetime NOT NULL, PRIMARY KEY (`router_id`, `mac_address`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `router_counters`");
    await queryRunner.query("DROP INDEX `uq_bandwidth_router_mac` ON `bandwidth_assignments`");
    await queryRunner.query("DROP INDEX `ix_bandwidth_profile` ON `bandwidth_assignments`");
    await queryRunner.query("DROP INDEX `ix_bandwidth_agent` ON `bandwidth_assignments`");
    await queryRunner.query("DROP INDEX `ix_bandwidth_user` ON `bandwidth_assignments`");
    await queryRunner.query("DROP TABLE `bandwidth_assignments`");
    await queryRunner.query("DROP INDEX `uq_speed_profiles_name` ON `speed_profiles`");
    await queryRunner.query("DROP TABLE `speed_profiles`");
    await queryRunner.query("DROP INDEX `uq_routers_endpoint` ON `routers`");
    await queryRunner.query("DROP INDEX `uq_routers_server` ON `routers`");
    await queryRunner.query("DROP INDEX `uq_routers_name` ON `routers`");
    await queryRunner.query("DROP TABLE `routers`");
  }
}
