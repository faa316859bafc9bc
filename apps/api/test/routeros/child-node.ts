/**
 * Runs a small Node script in a child process, so a test can watch a process crash without crashing
 * jest, and builds a copy of node-routeros with our patch taken out again (the library as published).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const API_ROOT = resolve(REPO_ROOT, 'apps/api');
export const PATCH_FILE = join(REPO_ROOT, 'patches/node-routeros+1.6.9.patch');

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `source` (CommonJS) with `node`; `typescript` loads .ts files through @swc-node/register.
 * Asynchronous on purpose: the simulator the child talks to runs in this process's event loop.
 */
export function runNode(source: string, env: Record<string, string>, opts: { typescript?: boolean; killAfterMs?: number } = {}): Promise<ChildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'routeros-child-'));
  const script = join(dir, 'child.js');
  writeFileSync(script, source);
  const args = [...(opts.typescript ? ['-r', '@swc-node/register'] : []), script];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: API_ROOT,
      // NODE_PATH lets a library copy outside the repository still find its own dependencies (debug, iconv-lite)
      env: { PATH: process.env.PATH ?? '', NODE_PATH: join(REPO_ROOT, 'node_modules'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 15_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(killer);
      rmSync(dir, { recursive: true, force: true });
      done({ code, stdout, stderr });
    });
  });
}

/** Undoes every hunk of a patch-package patch in a copy of the package (each hunk must match exactly once). */
function reverseApply(patch: string, packageDir: string, packagePrefix: string): void {
  for (const fileDiff of patch.split(/^diff --git /m).slice(1)) {
    const target = /^\+\+\+ b\/(.+)$/m.exec(fileDiff)?.[1];
    if (!target?.startsWith(packagePrefix)) throw new Error(`unexpected file in patch: ${target}`);
    const file = join(packageDir, target.slice(packagePrefix.length));
    let content = readFileSync(file, 'utf8');
    for (const hunk of fileDiff.split(/^@@[^\n]*@@[^\n]*$/m).slice(1)) {
      const lines = hunk.split('\n').filter((l) => l.length > 0 && ' +-'.includes(l[0]));
      const patched = lines.filter((l) => l[0] !== '-').map((l) => l.slice(1)).join('\n');
      const original = lines.filter((l) => l[0] !== '+').map((l) => l.slice(1)).join('\n');
      if (content.split(patched).length !== 2) throw new Error(`hunk not found exactly once in ${file}`);
      content = content.replace(patched, () => original);
    }
    writeFileSync(file, content);
  }
}

/** A temporary copy of node-routeros as published, i.e. without /patches applied. Remove it with `dispose`. */
export function unpatchedNodeRouteros(): { dir: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'node-routeros-unpatched-'));
  const dir = join(root, 'node-routeros');
  cpSync(join(REPO_ROOT, 'node_modules/node-routeros'), dir, { recursive: true });
  reverseApply(readFileSync(PATCH_FILE, 'utf8'), dir, 'node_modules/node-routeros/');
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
