#!/usr/bin/env node
// `npm test`: every suite, in order — lint (`npm run lint`: ESLint, boundaries included), build,
// unit, integration on SQLite, integration on MariaDB, then the Playwright journeys against the
// built API and portal. Prints one closing line "Summary: N passed, N failed" and exits non-zero if
// anything failed (a stage that fails without test counts, like lint or build, counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const only = process.argv.slice(2); // e.g. `npm test -- sqlite mariadb` (build always runs; lint only when named)

const stages = [
  { name: 'lint', run: ['npm', 'run', 'lint'] },
  { name: 'build', run: ['npx', 'nx', 'run-many', '-t', 'build', '--projects=shared,panel-sim,api,web', '--outputStyle=static', '--skip-nx-cache'] },
  { name: 'unit', jest: 'unit', run: ['npx', 'jest', '--selectProjects', 'unit'], cwd: 'apps/api' },
  { name: 'sqlite', jest: 'integration', run: ['npx', 'jest', '--selectProjects', 'integration', '--runInBand'], cwd: 'apps/api', env: { TEST_DB: 'sqlite' } },
  { name: 'mariadb', jest: 'integration', run: ['npx', 'jest', '--selectProjects', 'integration', '--runInBand'], cwd: 'apps/api', env: { TEST_DB: 'mariadb' } },
  { name: 'e2e', playwright: true, run: ['npx', 'playwright', 'test'], cwd: 'e2e' },
];

let passed = 0;
let failed = 0;
const failures = [];
for (const stage of stages) {
  if (only.length && !only.includes(stage.name) && stage.name !== 'build') continue;
  const args = [...stage.run];
  const report = join(out, `${stage.name}.json`);
  if (stage.jest) args.push('--json', `--outputFile=${report}`);
  console.log(`\n=== ${stage.name}: ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(args[0], args.slice(1), {
    cwd: join(root, stage.cwd ?? '.'),
    stdio: 'inherit',
    env: { ...env, ...(stage.env ?? {}), ...(stage.playwright ? { PLAYWRIGHT_JSON_OUTPUT_NAME: report } : {}) },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = countsOf(stage, report);
  passed += counts.passed;
  failed += counts.failed;
  if (r.status !== 0 || counts.failed > 0) {
    failures.push(stage.name);
    if (counts.failed === 0) failed += 1; // a stage that broke before running its tests still fails the run
  }
  console.log(`=== ${stage.name}: ${r.status === 0 ? 'ok' : `exit ${r.status}`} in ${seconds}s (${counts.passed} passed, ${counts.failed} failed)`);
}

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\nSummary: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);

function countsOf(stage, report) {
  if (!existsSync(report)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  if (stage.jest) return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  if (stage.playwright) {
    const s = json.stats ?? {};
    return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
  }
  return { passed: 0, failed: 0 };
}
