import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "orgscan-source" condition, so tests run
// against src without a build. Processes that tests start as children run the built dist instead.
// (No 'module' or 'import' here: they would send Node's require() of CommonJS packages to their ESM builds.)
const conditions = ['orgscan-source', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The AWS SDK's documented switch for its Node-version support notice (printed once per test worker
    // otherwise). Only this notice: every other warning still shows.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'deploy/**/*.test.ts',
            'scripts/**/*.test.mjs',
            'scripts/**/*.test.ts',
          ],
          exclude: ['apps/web/**', '**/node_modules/**'],
        },
      },
      {
        // The dashboard's components, in a simulated DOM (happy-dom) with React Testing Library.
        plugins: [react()],
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        // Real Redis and Postgres: REDIS_URL / DATABASE_URL, or containers started by the global setup.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
