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
  }[];
  /** The node sampled at each tick. */
  readonly samples: readonly number[];
  /** Microseconds before each sample (the first is from the profile's start). */
  readonly timeDeltas: readonly number[];
}

export interface CpuProfileSummary {
  /** Sampled time the process was not idle, in milliseconds. */
  readonly busyMs: number;
  /** Self time in the simulated AWS (packages/aws/…/simulated/**), over busyMs. */
  readonly simulatorShare: number;
  /** Self time of V8's garbage collector, over busyMs: not attributed to whoever allocated. */
  readonly gcShare: number;
  /** Self time by package or dependency, largest first, share of busyMs. */
  readonly byPackage: readonly { readonly name: string; readonly share: number }[];
  /** Self time by function (name, file and line), largest first, share of busyMs. */
  readonly byFunction: readonly { readonly name: string; readonly share: number }[];
}

const SIMULATOR_PATH = /\/packages\/aws\/(?:dist|src)\/simulated\//;

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

/** Summarizes every .cpuprofile in `directory` together (one per worker process). */
export function summarizeCpuProfiles(directory: string, top = 25): CpuProfileSummary {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let simulator = 0;
  let gc = 0;
  const files = readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${directory}`);
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile;
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    for (const [id, micros] of selfTimes(profile)) {
      const { functionName, url, lineNumber } = frames.get(id)!;
      if (functionName === '(idle)') continue;
      busy += micros;
      const name = packageOf(url, functionName);
      if (name === 'simulated AWS') simulator += micros;
      if (functionName === '(garbage collector)') gc += micros;
      byPackage.set(name, (byPackage.get(name) ?? 0) + micros);
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
    byPackage: ranked(byPackage),
    byFunction: ranked(byFunction),
  };
}
