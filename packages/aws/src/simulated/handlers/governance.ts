import type { SimulatedHandler } from './handler.js';

/** Simulated operations of account contacts, IAM beyond the credential report, Access Analyzer, Config, Security Hub. */
export const governanceHandlers: Record<string, SimulatedHandler> = {};
