/**
 * dependency-cruiser: the import graph has no circle, type-only imports included (ESLint's
 * import/no-cycle skips those, and a type circle still ties files together: the container's type
 * once pulled every module into every resolver). Run by `npm run lint`, once per project.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle (type imports count): move the shared piece down a layer, or turn the call into a port or an event.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.next|generated)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
