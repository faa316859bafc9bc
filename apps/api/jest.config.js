/** Unit specs live beside the code; integration tests under test/ run against a real SQLite or MariaDB (TEST_DB). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// Agenda 6 is ESM-only: let swc turn it into CommonJS for jest (Node itself require()s it natively).
const esmPackages = ['agenda', '@agendajs', 'cron-parser', 'human-interval', 'date.js', 'luxon'];
const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@tm/shared$': '<rootDir>/../../packages/shared/src/index.ts',
    '^@tm/routeros-sim$': '<rootDir>/../../packages/routeros-sim/src/index.ts',
    '^@tm/panel-sim$': '<rootDir>/../../packages/panel-sim/src/index.ts',
  },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/../../packages/shared/src'], testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/../../packages/shared/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-env.ts'],

    },
  ],
};
