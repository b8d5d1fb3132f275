#!/usr/bin/env node
// The `orgscan` command. npm links a package's bin when it installs, which in this repository is before
// `npm run build` creates dist/: this small launcher is committed so the link exists from `npm ci` on.
try {
  await import('../dist/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    console.error('orgscan is not built yet: run `npm run build` first.');
    process.exit(2);
  }
  throw error;
}
