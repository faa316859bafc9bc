/**
 * Operations anyone may call without signing in. Every other operation must carry @Authorized;
 * a test walks the schema and fails on any field that is neither.
 */
export const PUBLIC_OPERATIONS = new Set<string>();

export function PUBLIC(name: string): MethodDecorator {
  PUBLIC_OPERATIONS.add(name);
  return () => undefined;
}
