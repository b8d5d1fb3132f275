import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "orgscan-source" condition, so tests run
// against src without a build. Integration tests that start processes use the built dist instead.
const conditions = ['orgscan-source', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['orgscan-source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
