import type { GlobalSliceName, GlobalSlices, RegionalSliceName, RegionalSlices } from '@orgscan/checks';
import type { AwsApi } from '../aws-api.js';

export interface CollectorContext {
  readonly api: AwsApi;
  readonly accountId: string;
  readonly partition: string;
  /** The region to call: the home region for global services, else the region being collected. */
  readonly region: string;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Produces one global inventory slice from AWS answers; AWS errors propagate as AwsCallError. */
export interface GlobalCollector<K extends GlobalSliceName> {
  readonly slice: K;
  collect(ctx: CollectorContext): Promise<GlobalSlices[K]>;
}

/** Produces one regional inventory slice for the region in the context. */
export interface RegionalCollector<K extends RegionalSliceName> {
  readonly slice: K;
  collect(ctx: CollectorContext): Promise<RegionalSlices[K]>;
}
