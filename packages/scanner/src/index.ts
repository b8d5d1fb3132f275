export * from './account-scope.js';
export * from './finding-fingerprint.js';
export * from './in-process-rate-limiter.js';
export * from './member-account.js';
export * from './organization-plan.js';
export * from './scan-accounts.js';
export * from './select-checks.js';
