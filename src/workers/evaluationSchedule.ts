/** When the trainer may spend time on evaluations and inspections without slowing training much. */

/**
 * When to refresh the running estimate: at least every `minIntervalMs`, and never so often that
 * evaluation takes more than `maxShare` of the training time.
 */
export class EvaluationSchedule {
  private lastAt = -Infinity;
  private lastCostMs = 0;
  private recorded = 0;

  constructor(private readonly minIntervalMs = 1500, private readonly maxShare = 0.06) {}

  due(now: number): boolean {
    return now - this.lastAt >= Math.max(this.minIntervalMs, this.lastCostMs / this.maxShare);
  }

  record(now: number, costMs: number): void {
    this.lastAt = now;
    // The first evaluation on a backend also compiles its kernels (seconds on WebGL): not a fair cost.
    if (this.recorded++ > 0) this.lastCostMs = costMs;
  }

  reset(): void {
    this.lastAt = -Infinity;
    this.lastCostMs = 0;
    this.recorded = 0;
  }
}
