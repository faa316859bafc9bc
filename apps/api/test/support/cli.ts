import { spawn } from 'node:child_process';
import { join } from 'node:path';

const API_ROOT = join(__dirname, '../..');

/** Runs `npm run cli -- …`'s program (TypeScript through swc) in its own process against `databaseUrl`. */
export function runCli(databaseUrl: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['-r', '@swc-node/register', join(API_ROOT, 'src/cli.ts'), ...args], {
      cwd: API_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(API_ROOT, 'tsconfig.json'), DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (out += d));
    proc.on('exit', (code) => resolve({ code, out }));
  });
}
