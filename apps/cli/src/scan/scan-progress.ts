import type { AttemptEvent } from '@orgscan/aws';
import type { ResultAccount } from '@orgscan/report';
import { SingleBar } from 'cli-progress';
import type { ScanObserver } from './run-scan.js';

type Paint = (text: string) => string;

/** tty: a live bar on stderr; lines: a plain status line every interval (logs, CI); quiet: nothing. */
export type ProgressMode = 'tty' | 'lines' | 'quiet';

export interface ScanProgressOptions {
  readonly mode: ProgressMode;
  readonly stream: NodeJS.WriteStream;
  readonly intervalMs: number;
  readonly colours: { readonly dim: Paint; readonly red: Paint; readonly yellow: Paint };
}

function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0
    ? `${h}h${String(m).padStart(2, '0')}m`
    : m > 0
      ? `${m}m${String(s).padStart(2, '0')}s`
      : `${s}s`;
}

/**
 * What a running scan shows on stderr: accounts done / running / failed out of the total, findings so far,
 * throttled AWS calls, elapsed time and an estimate of what is left.
 */
export class ScanProgress implements ScanObserver {
  private total = 0;
  private done = 0;
  private running = 0;
  private failed = 0;
  private findings = 0;
  private throttles = 0;
  private calls = 0;
  private readonly started = Date.now();
  private bar: SingleBar | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ScanProgressOptions) {}

  private write(line: string): void {
    if (this.options.mode !== 'quiet') this.options.stream.write(`${line}\n`);
  }

  planned(summary: { organization: string; toScan: number; skipped: number }): void {
    this.total = summary.toScan;
    this.write(
      `Scanning ${summary.organization}: ${summary.toScan} account(s) to scan${summary.skipped > 0 ? `, ${summary.skipped} skipped (not ACTIVE or out of scope)` : ''}`,
    );
    if (this.options.mode === 'tty') {
      this.bar = new SingleBar({
        stream: this.options.stream,
        format:
          '{bar} {value}/{total} accounts · {running} running · {failed} · {findings} findings · {throttles} throttles · {elapsed} elapsed · ETA {remaining}',
        barsize: 24,
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: false,
        fps: 5,
        etaBuffer: 50,
      });
      this.bar.start(this.total, 0, this.payload());
      this.timer = setInterval(() => this.bar?.update(this.done, this.payload()), 1000);
      this.timer.unref();
    } else if (this.options.mode === 'lines') {
      this.timer = setInterval(() => this.write(this.line()), this.options.intervalMs);
      this.timer.unref();
    }
  }

  accountStarted(): void {
    this.running += 1;
    this.refresh();
  }

  accountEnded(account: ResultAccount, started: boolean): void {
    if (started) this.running -= 1;
    this.done += 1;
    if (account.status === 'failed') this.failed += 1;
    this.findings += account.findings;
    this.refresh();
  }

  attempt(event: AttemptEvent): void {
    this.calls += 1;
    if (event.outcome === 'throttled') this.throttles += 1;
  }

  /** First Ctrl-C: say what happens now and how to stop at once. */
  stopping(): void {
    this.pause();
    this.write(
      this.options.colours.yellow(
        `Stopping: no new accounts are started; waiting for ${this.running} running account(s) to finish. Press Ctrl-C again to stop at once.`,
      ),
    );
    this.resume();
  }

  /** The scan is over (or stopped): the last state, then the display gets out of the way. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.bar) {
      this.bar.update(this.done, this.payload());
      this.bar.stop();
      this.bar = null;
    } else if (this.options.mode === 'lines' && this.total > 0) this.write(this.line());
  }

  private remainingMs(): number | null {
    if (this.done === 0) return null;
    const elapsed = Date.now() - this.started;
    return (elapsed / this.done) * (this.total - this.done);
  }

  private payload() {
    const { red, dim } = this.options.colours;
    const remaining = this.remainingMs();
    return {
      running: this.running,
      failed: this.failed > 0 ? red(`${this.failed} failed`) : dim('0 failed'),
      findings: this.findings.toLocaleString('en'),
      throttles: this.throttles,
      elapsed: duration(Date.now() - this.started),
      remaining: remaining === null ? '…' : duration(remaining),
    };
  }

  private line(): string {
    const remaining = this.remainingMs();
    return (
      `[${duration(Date.now() - this.started)}] accounts ${this.done}/${this.total} done, ${this.running} running, ${this.failed} failed · ` +
      `${this.findings.toLocaleString('en')} findings · ${this.calls.toLocaleString('en')} AWS calls, ${this.throttles} throttled · ETA ${remaining === null ? 'unknown' : duration(remaining)}`
    );
  }

  private refresh(): void {
    this.bar?.update(this.done, this.payload());
  }

  private pause(): void {
    if (this.bar) this.options.stream.write('\n');
  }

  private resume(): void {
    this.refresh();
  }
}
