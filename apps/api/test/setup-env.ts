import 'reflect-metadata';
process.env.LOG_LEVEL ??= 'silent';
// A per-project testTimeout in jest.config is ignored; set it here for every integration test.
jest.setTimeout(60_000);
