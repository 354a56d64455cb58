/**
 * Decides when a run has diverged: the loss is NaN or infinite, or it has stayed far above the
 * cost of guessing at random (ln(classes)) for several reports. Cross-entropy is clipped, so a
 * blown-up network often shows a huge finite loss rather than NaN.
 */
export const EXPLOSION_FACTOR = 3;
export const EXPLOSION_REPORTS = 3;
/** The first steps of a sigmoid network can legitimately start above chance. */
export const WARM_UP_STEPS = 20;

export class DivergenceWatch {
  private highReports = 0;

  constructor(private readonly classes: number) {}

  /** Returns why the run diverged, or null while it is healthy. */
  check(loss: number, step: number): string | null {
    if (!Number.isFinite(loss)) return 'the loss became NaN';
    const chance = Math.log(this.classes);
    if (step > WARM_UP_STEPS && loss > EXPLOSION_FACTOR * chance) {
      this.highReports += 1;
      if (this.highReports >= EXPLOSION_REPORTS) {
        return `the loss exploded to ${loss.toFixed(2)} (guessing at random costs ${chance.toFixed(2)})`;
      }
    } else {
      this.highReports = 0;
    }
    return null;
  }

  reset(): void {
    this.highReports = 0;
  }
}
