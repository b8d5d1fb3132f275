/**
 * What a process opened, closed in reverse order: the last thing opened (the HTTP server, the workers)
 * stops first, so nothing still running loses a connection under it; the pool closes last. A step that
 * fails is reported and the others still run, so one stuck resource does not keep the rest open.
 */
export class ShutdownSequence {
  private readonly steps: Array<{ readonly name: string; readonly close: () => unknown }> = [];
  private running: Promise<void> | null = null;

  /** Registers how to close something just opened. */
  add(name: string, close: () => unknown): void {
    this.steps.push({ name, close });
  }

  /** Runs every step once, last added first; later calls wait for the same run. */
  run(onError: (name: string, error: unknown) => void): Promise<void> {
    this.running ??= (async () => {
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        try {
          await step.close();
        } catch (error) {
          onError(step.name, error);
        }
      }
    })();
    return this.running;
  }
}
