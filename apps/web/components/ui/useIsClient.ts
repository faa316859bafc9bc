'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates that markup, true on the render
 * right after hydration and on every client render that isn't a hydration. For what only the
 * browser can draw (the viewer's time zone, measured layout) without a hydration mismatch.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
