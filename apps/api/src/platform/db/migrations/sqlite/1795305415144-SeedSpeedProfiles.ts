import { MigrationInterface, QueryRunner } from 'typeorm';

/** Seed 004's speed tiers (profiles.json). Written by hand: data, not schema. Deleted presets stay deleted. */
export class SeedSpeedProfiles1795305415144 implements MigrationInterface {
  name = 'SeedSpeedProfiles1795305415144';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO \"speed_profiles\" (\"name\", \"up_bps\", \"down_bps\", \"price\", \"validity\") VALUES ('BASIC', 512000, 1000000, 5, '1h'), ('STANDARD', 1000000, 2000000, 10, '2h'), ('PREMIUM', 5000000, 10000000, 20, '5h')",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"speed_profiles\" WHERE \"name\" IN ('BASIC', 'STANDARD', 'PREMIUM')");
  }
}
