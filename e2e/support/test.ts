import { test as base, expect } from '@playwright/test';

/**
 * `test` with a guard: React hydration errors and uncaught page errors fail the test
 * (HTTP errors the test provokes on purpose, like a 403, are not page errors).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /hydrat|did not match|Minified React error|Uncaught/i.test(msg.text())) errors.push(`console: ${msg.text()}`);
      });
      await use(errors);
      expect(errors, 'errors in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
