/**
 * Decides when a run has diverged: the loss is NaN or infinite, or it has stayed far above the
 * cost of knowing nothing for several reports. Cross-entropy is clipped, so a blown-up classifier
 * often shows a huge finite loss rather than NaN. Reports a code with its numbers, never words.
 */
import type { TaskOutput } from '../data/tasks/taskTypes';

export const EXPLOSION_FACTOR = 3;
export const EXPLOSION_REPORTS = 3;
/** The first steps of a sigmoid network can legitimately start above chance. */
export const WARM_UP_STEPS = 20;
/**
 * Value tasks here have targets within ±2, so a mean squared error above this means the answers
 * are off by more than 3 on average: the weights have blown up.
 */
export const VALUE_EXPLOSION_LOSS = 10;

export type Divergence = { cause: 'notANumber' } | { cause: 'exploded'; loss: number; limit: number };

/** The loss above which a run counts as exploded: 3 × ln(classes) (random guessing costs ln(classes)). */
export function explosionLimit(output: TaskOutput): number {
  return output.kind === 'classes' ? EXPLOSION_FACTOR * Math.log(output.classes) : VALUE_EXPLOSION_LOSS;
}

export class DivergenceWatch {
  private highReports = 0;
  private readonly limit: number;

  constructor(output: TaskOutput) {
    this.limit = explosionLimit(output);
  }

  /** Returns how the run diverged, or null while it is healthy. */
  check(loss: number, step: number): Divergence | null {
    if (!Number.isFinite(loss)) return { cause: 'notANumber' };
    if (step > WARM_UP_STEPS && loss > this.limit) {
      this.highReports += 1;
      if (this.highReports >= EXPLOSION_REPORTS) return { cause: 'exploded', loss, limit: this.limit };
    } else {
      this.highReports = 0;
    }
    return null;
  }

  reset(): void {
    this.highReports = 0;
  }
}
