import {
  type AccountInventory,
  type GlobalSliceName,
  isGlobalSlice,
  type RegionalSliceName,
  type RegionDenial,
  type SliceName,
  type SliceResult,
  sliceFailed,
  sliceOk,
} from '@orgscan/checks';
import type { AwsApi } from './aws-api.js';
import { type AwsCallError, classifyAwsError } from './aws-error.js';
import type { CollectorContext } from './collectors/collector.js';
import { globalCollectors, regionalCollectors } from './collectors/index.js';
import { type AwsServiceName, serviceOfferedIn } from './transport/aws-services.js';

/** The service of a slice: slice names are `<service>.<what>`, with a service of the registry. */
type SliceService<K extends SliceName> = K extends `${infer Service}.${string}` ? Service : never;
/** Compiles only while every slice is named after a service of the registry. */
const _EVERY_SLICE_HAS_A_SERVICE: SliceService<SliceName> extends AwsServiceName ? true : never = true;

function serviceOf(slice: SliceName): AwsServiceName {
  return slice.slice(0, slice.indexOf('.')) as SliceService<SliceName>;
}

/** The result of a regional slice where AWS does not offer its service: not applicable, so SKIPPED. */
export function notOffered(slice: RegionalSliceName, region: string): SliceResult<never> {
  const service = serviceOf(slice);
  return sliceFailed({
    code: 'ServiceNotOffered',
    message: `AWS does not offer ${service} in ${region}`,
    operation: slice,
    notApplicable: true,
  });
}

/**
 * Whether the call failed because the service has no endpoint in the region: DNS knows no such host
 * (ENOTFOUND, as Node reports it) or the endpoint is unknown (UnknownEndpoint), for a host in that region.
 * AWS publishes a regional endpoint wherever it offers a service, so this is the fact `notOfferedIn` states,
 * learnt from AWS itself for regions the registry does not list (new regions, services rolled out later).
 * A DNS that fails for every host answers EAI_AGAIN or fails before this point (STS), not this.
 */
export function endpointMissingIn(error: AwsCallError, region: string): boolean {
  return (
    (error.code === 'ENOTFOUND' || error.code === 'UnknownEndpoint') &&
    error.message.includes(`.${region}.amazonaws.com`)
  );
}

/** A collector of some slice: the registry's types pair each slice with its own collector. */
interface AnyCollector {
  collect(ctx: CollectorContext): Promise<unknown>;
}

export interface CollectInventoryInput {
  readonly api: AwsApi;
  readonly accountId: string;
  readonly partition: string;
  /** Region for global services (IAM, Organizations): us-east-1 in the aws partition. */
  readonly homeRegion: string;
  /** Enabled regions to collect regional slices in. */
  readonly regions: readonly string[];
  /** The union of `requires` of the selected checks: nothing else is collected. */
  readonly slices: readonly SliceName[];
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Collects the required slices: global ones once, regional ones once per region, all concurrently (the
 * AwsApi bounds calls in flight). A slice that fails records the AWS error code instead of a value, so the
 * checks reading it report ERROR; the rest of the account is still collected.
 *
 * A region where every call answered a denial by a service control policy is denied by policy (many
 * organizations deny the regions they do not use): it is left out of `regions` and listed in
 * `deniedByPolicy`, so no check evaluates it and account-wide checks judge from the regions that answered.
 * Detection costs no call of its own: the AwsApi keeps how the calls made there ended (a denial is not
 * retried). One answer there, or one failure of another kind (an identity-policy deny, a throttle), keeps
 * the region evaluated, with ERROR findings for what could not be read.
 */
export async function collectInventory(input: CollectInventoryInput): Promise<AccountInventory> {
  const required = [...new Set(input.slices)];
  const globalNames = required.filter(isGlobalSlice);
  const regionalNames = required.filter((name): name is RegionalSliceName => !isGlobalSlice(name));
  const context = (region: string): CollectorContext => ({
    api: input.api,
    accountId: input.accountId,
    partition: input.partition,
    region,
    sleep: input.sleep,
  });

  const globalEntries = Promise.all(
    globalNames.map(async (name: GlobalSliceName) => {
      const load = globalCollectors[name] as () => Promise<AnyCollector>;
      return [
        name,
        await settle(name, async () => (await load()).collect(context(input.homeRegion))),
      ] as const;
    }),
  );
  const regionEntries = Promise.all(
    input.regions.map(async (region) => {
      const slices = await Promise.all(
        regionalNames.map(async (name) => {
          if (!serviceOfferedIn(serviceOf(name), region)) return [name, notOffered(name, region)] as const;
          const load = regionalCollectors[name] as () => Promise<AnyCollector>;
          return [
            name,
            await settle(name, async () => (await load()).collect(context(region)), region),
          ] as const;
        }),
      );
      return [region, Object.fromEntries(slices)] as const;
    }),
  );

  const [globals, regions] = await Promise.all([globalEntries, regionEntries]);
  // Read once every call has ended: global slices call into regions too (a bucket's own region).
  const deniedByPolicy = input.regions.flatMap((region): RegionDenial[] => {
    const denial = input.api.deniedByPolicyIn(region);
    return denial ? [{ region, code: denial.code, message: denial.message }] : [];
  });
  const denied = new Set(deniedByPolicy.map((denial) => denial.region));
  return {
    global: Object.fromEntries(globals),
    regions: Object.fromEntries(regions.filter(([region]) => !denied.has(region))),
    ...(deniedByPolicy.length > 0 ? { deniedByPolicy } : {}),
  } as AccountInventory;
}

/** `region`: the region of a regional slice, where a missing endpoint means "not offered" (SKIPPED). */
async function settle(
  slice: SliceName,
  collect: () => Promise<unknown>,
  region?: string,
): Promise<SliceResult<unknown>> {
  try {
    return sliceOk(await collect());
  } catch (raw) {
    const error = classifyAwsError(raw, slice);
    const notApplicable = region !== undefined && endpointMissingIn(error, region);
    return sliceFailed({
      code: error.code,
      message: error.message,
      operation: error.operation,
      ...(notApplicable ? { notApplicable } : {}),
    });
  }
}
