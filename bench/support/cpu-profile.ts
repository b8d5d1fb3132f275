// Reads the .cpuprofile files `node --cpu-prof` writes (V8's sampling profiler, Chrome DevTools format) and
// says where the CPU went: self time by category (the simulated AWS, garbage collection, everything else),
// by package and by function. The simulated AWS answers inside the worker processes; its share is what a
// run against real AWS would not spend (there the SDK and the network take its place instead).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of V8's profile format this summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }[];
  /** The node sampled at each tick. */
  readonly samples: readonly number[];
  /** Microseconds before each sample (the first is from the profile's start). */
  readonly timeDeltas: readonly number[];
}

export interface CpuProfileSummary {
  /** Sampled time the process was not idle, in milliseconds. */
  readonly busyMs: number;
  /**
   * Time in the simulated AWS (packages/aws/…/simulated/**, with the Node built-ins it calls), over busyMs.
   * The garbage collection its allocations cause is not in it (V8 does not say whose garbage it collects).
   */
  readonly simulatorShare: number;
  /** Self time of V8's garbage collector, over busyMs: not attributed to whoever allocated. */
  readonly gcShare: number;
  /**
   * Time by part of the worker, callees included (a sample counts for the innermost frame that belongs to
   * a part, else for its callers'): what the rate limiter, the store, the checks… cost with everything they
   * call. Garbage collection is its own part.
   */
  readonly byPart: readonly { readonly name: string; readonly share: number }[];
  /** Self time by package or dependency, largest first, share of busyMs. */
  readonly byPackage: readonly { readonly name: string; readonly share: number }[];
  /** Self time by function (name, file and line), largest first, share of busyMs. */
  readonly byFunction: readonly { readonly name: string; readonly share: number }[];
}

const SIMULATOR_PATH = /\/packages\/aws\/(?:dist|src)\/simulated\//;

/** The parts of a worker, recognised by the file a frame is in; the first that matches names the part. */
const PARTS: readonly (readonly [string, RegExp])[] = [
  ['simulated AWS', SIMULATOR_PATH],
  ['rate limiter (Redis)', /redis-rate-limiter|\/node_modules\/(ioredis|redis-parser)\//],
  ['metrics', /\/node_modules\/prom-client\/|worker-metrics/],
  [
    'store (Postgres)',
    /\/node_modules\/(pg|pg-protocol|pg-pool|postgres-[a-z]+)\/|\/packages\/core\/dist\/store\/|finding-fingerprint/,
  ],
  ['queue (BullMQ)', /\/node_modules\/(bullmq|msgpackr)\//],
  ['checks', /\/packages\/checks\//],
  ['collectors', /\/packages\/aws\/dist\/collectors\//],
  ['AWS call path (AwsApi, SDK commands)', /\/packages\/aws\/|\/node_modules\/@(smithy|aws-sdk)\//],
  ['logging', /\/node_modules\/(pino|@pinojs)/],
  ['module loading', /^node:internal\/modules\//],
];

/** Where a function lives: an orgscan package, a dependency, Node itself or V8's own ticks. */
function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName; // (garbage collector), (program), (idle), (root)
  if (SIMULATOR_PATH.test(url)) return 'simulated AWS';
  const dependency = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency) return dependency[1]!;
  const own = /\/(packages|apps)\/([^/]+)\//.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  if (url.startsWith('node:')) return 'node';
  return url;
}

function shortFile(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|packages|apps)\//, '$1/');
}

/** Self time per node id: the interval up to the next sample is charged to the node sampled (DevTools does the same). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const node = profile.samples[index]!;
    times.set(node, (times.get(node) ?? 0) + micros);
  }
  return times;
}

/** The part of each node: its own file's, else its caller's (memoized along the tree). */
function partsOf(profile: CpuProfile): (id: number) => string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const known = new Map<number, string>();
  const partOf = (id: number): string => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const { url } = nodes.get(id)!.callFrame;
    const own = PARTS.find(([, pattern]) => pattern.test(url))?.[0];
    const parent = parents.get(id);
    const part = own ?? (parent === undefined ? 'other (event loop, Node)' : partOf(parent));
    known.set(id, part);
    return part;
  };
  return partOf;
}

/** Summarizes every .cpuprofile in `directory` together (one per worker process). */
export function summarizeCpuProfiles(directory: string, top = 25): CpuProfileSummary {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byPart = new Map<string, number>();
  let busy = 0;
  let simulator = 0;
  let gc = 0;
  const files = readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${directory}`);
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile;
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    const partOf = partsOf(profile);
    for (const [id, micros] of selfTimes(profile)) {
      const { functionName, url, lineNumber } = frames.get(id)!;
      if (functionName === '(idle)') continue;
      busy += micros;
      const name = packageOf(url, functionName);
      if (functionName === '(garbage collector)') gc += micros;
      byPackage.set(name, (byPackage.get(name) ?? 0) + micros);
      const part = functionName === '(garbage collector)' ? 'garbage collection' : partOf(id);
      byPart.set(part, (byPart.get(part) ?? 0) + micros);
      if (part === 'simulated AWS') simulator += micros;
      const where =
        url === '' ? functionName : `${functionName || '(anonymous)'} ${shortFile(url)}:${lineNumber + 1}`;
      byFunction.set(where, (byFunction.get(where) ?? 0) + micros);
    }
  }
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, share: Number((micros / busy).toFixed(4)) }));
  return {
    busyMs: Math.round(busy / 1000),
    simulatorShare: simulator / busy,
    gcShare: gc / busy,
    byPart: ranked(byPart),
    byPackage: ranked(byPackage),
    byFunction: ranked(byFunction),
  };
}
