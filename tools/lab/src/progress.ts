/** Progress lines with timings: one per phase and per host, so a slow lab up shows where. */
export class Progress {
  private readonly started = Date.now();

  constructor(private readonly out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)) {}

  /** Prints a line stamped with the time since the command started. */
  line(subject: string, message: string): void {
    const t = ((Date.now() - this.started) / 1000).toFixed(1).padStart(5);
    this.out(`[lab ${t}s] ${subject}: ${message}`);
  }

  /** Runs a phase, printing its duration when it ends and its subject when it fails. */
  async phase<T>(subject: string, fn: () => Promise<T>, done: (r: T) => string = () => 'done'): Promise<T> {
    const t0 = Date.now();
    try {
      const r = await fn();
      this.line(subject, `${done(r)} (${seconds(t0)})`);
      return r;
    } catch (err) {
      this.line(subject, `FAILED after ${seconds(t0)}`);
      throw err;
    }
  }
}

function seconds(t0: number): string {
  return `${((Date.now() - t0) / 1000).toFixed(1)}s`;
}
