// Read at runtime so the build needs no JSON import of a file outside src/.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const VERSION: string = (require('../../../package.json') as { version: string }).version;
