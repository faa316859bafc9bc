import { createDataSource, openDatabase } from '../../src/platform/db/data-source';
import { ENTITIES } from '../../src/app/entities';
import { createTestDatabase } from '../support/test-db';
import { TEST_DB } from '../support/test-db';

describe(`migrations (${TEST_DB})`, () => {
  it('bring a fresh database exactly to the entities (no drift), and are idempotent', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.db, ENTITIES);
    try {
      await openDatabase(ds, true);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      // A second start runs nothing new.
      expect(await ds.runMigrations()).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
