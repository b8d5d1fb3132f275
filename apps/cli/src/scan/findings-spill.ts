import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ResultFinding } from '@orgscan/report';

/**
 * The findings of a scan, kept on disk as they arrive (one JSON line each) rather than in memory: a large
 * organization yields hundreds of thousands. Every report reads them back from here, as often as it needs.
 */
export class FindingsSpill {
  /** Appends queue behind one another, so one waits for the file at a time. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly directory: string,
    private readonly path: string,
    private readonly stream: WriteStream,
  ) {}

  static async create(): Promise<FindingsSpill> {
    const directory = await mkdtemp(join(tmpdir(), 'orgscan-'));
    const path = join(directory, 'findings.ndjson');
    return new FindingsSpill(directory, path, createWriteStream(path, { encoding: 'utf8' }));
  }

  /** Appends one account's findings; resolves once the file has taken them (backpressure). */
  append(findings: readonly ResultFinding[]): Promise<void> {
    if (findings.length === 0) return this.queue;
    let text = '';
    for (const finding of findings) text += `${JSON.stringify(finding)}\n`;
    const written = this.queue.then(async () => {
      if (!this.stream.write(text)) await once(this.stream, 'drain');
    });
    this.queue = written.catch(() => {});
    return written;
  }

  /** No more findings: flushes the file. */
  async close(): Promise<void> {
    await this.queue;
    if (this.stream.closed) return;
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  async *findings(): AsyncGenerator<ResultFinding> {
    const lines = createInterface({
      input: createReadStream(this.path, { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) if (line) yield JSON.parse(line) as ResultFinding;
  }

  async remove(): Promise<void> {
    await this.close().catch(() => {});
    await rm(this.directory, { recursive: true, force: true });
  }
}
