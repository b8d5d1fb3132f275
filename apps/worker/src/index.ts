export * from './processors/finalize-scan.js';
export * from './processors/scan-account.js';
export * from './worker.js';
export * from './worker-deps.js';
