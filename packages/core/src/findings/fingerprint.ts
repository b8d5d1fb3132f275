// The fingerprint is computed by the scanner (shared with the command line); the store keeps using it here.
export { type FingerprintParts, findingFingerprint } from '@orgscan/scanner';
