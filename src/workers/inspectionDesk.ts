/**
 * Serves the views' questions about one session (activations, gates) without slowing training:
 * while the loop runs, only the newest request is kept, and it is served between chunks when the
 * last inspections cost less than a small share of the time since.
 */
import { EvaluationSchedule } from './evaluationSchedule';

/** Views may take at most ~5% of the training time, and refresh at most every 400 ms. */
const INSPECTION_SHARE = 0.05;
const MIN_INTERVAL_MS = 400;

export type InspectionJob = () => Promise<void>;

export class InspectionDesk {
  private pending: InspectionJob | null = null;
  private readonly schedule = new EvaluationSchedule(MIN_INTERVAL_MS, INSPECTION_SHARE);

  /** Keeps only the newest request; older ones would describe weights that are already gone. */
  request(job: InspectionJob): void {
    this.pending = job;
  }

  /** Whether a waiting request fits the time budget now (asked by the training loop). */
  due(now: number): boolean {
    return this.pending !== null && this.schedule.due(now);
  }

  async servePending(): Promise<void> {
    const job = this.pending;
    if (!job) return;
    this.pending = null;
    const started = performance.now();
    await job();
    this.schedule.record(performance.now(), performance.now() - started);
  }

  /** Forgets a waiting request (its session is being replaced). */
  clear(): void {
    this.pending = null;
    this.schedule.reset();
  }
}
