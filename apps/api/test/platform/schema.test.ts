import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { createSchema, printSortedSchema } from '../../src/app/schema';
import { PUBLIC_OPERATIONS } from '../../src/platform/graphql/public';
import { createPubSubHandle } from '../../src/platform/pubsub/pubsub';

describe('GraphQL schema', () => {
  it('is the committed apps/api/schema.graphql (run `npm run schema` after changing it)', async () => {
    const sdl = printSortedSchema(await createSchema(createPubSubHandle().pubsub));
    expect(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8')).toBe(sdl);
  });

  it('denies by default: every operation is @Authorized or on the public list', async () => {
    await createSchema(createPubSubHandle().pubsub);
    const storage = getMetadataStorage();
    const classAuthorized = new Set(storage.authorizedResolver.map((r) => r.target));
    const fieldAuthorized = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const operations = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
    expect(operations.length).toBeGreaterThan(10);
    const open = operations
      .filter((op) => !classAuthorized.has(op.target) && !fieldAuthorized.has(`${op.target.name}.${op.methodName}`))
      .map((op) => op.schemaName)
      .filter((name) => !PUBLIC_OPERATIONS.has(name));
    expect(open).toEqual([]);
    expect([...PUBLIC_OPERATIONS]).toEqual(['login']);
  });
});
