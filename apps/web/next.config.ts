import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';

// Kept in step with lib/secret.ts (next.config.ts can't import app modules when built from another cwd).
const DEFAULT_SECRETS = new Set(['', 'change-me', 'changeme', 'secret', 'dev-insecure-secret-change-me', 'dev-insecure-web-secret-change-me']);

function secretProblem(secret: string | undefined): string | null {
  if (secret === undefined || secret.trim() === '') return 'NEXTAUTH_SECRET is not set; set it to a random value of at least 32 characters.';
  if (DEFAULT_SECRETS.has(secret.trim())) return 'NEXTAUTH_SECRET still has a default value; set it to a random value of at least 32 characters.';
  if (secret.length < 32) return 'NEXTAUTH_SECRET is too short; use a random value of at least 32 characters.';
  return null;
}

export default function config(phase: string): NextConfig {
  // `next start`: refuse to serve with a missing or default NEXTAUTH_SECRET.
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = secretProblem(process.env.NEXTAUTH_SECRET);
    if (problem) {
      console.error(`\n[traffic-manager/web] ${problem}\n`);
      process.exit(1);
    }
  }
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // The monorepo root, so Turbopack resolves the hoisted node_modules and packages/shared.
    turbopack: { root: path.join(__dirname, '..', '..') },
    outputFileTracingRoot: path.join(__dirname, '..', '..'),
  };
}
