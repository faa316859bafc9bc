import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { authSecretProblem } from './lib/secret';

export default function config(phase: string): NextConfig {
  // `next start`: refuse to serve with a missing or default NEXTAUTH_SECRET.
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = authSecretProblem(process.env.NEXTAUTH_SECRET);
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
