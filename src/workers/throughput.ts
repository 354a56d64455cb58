/** Examples per second over a sliding window, so the readout is steady but still responsive. */
export class Throughput {
  private samples: { at: number; examples: number }[] = [];

  constructor(private readonly windowMs = 3000) {}

  add(at: number, examples: number): void {
    this.samples.push({ at, examples });
    while (this.samples.length > 2 && at - this.samples[0]!.at > this.windowMs) this.samples.shift();
  }

  /** Examples per second between the oldest and newest sample (the oldest one's examples excluded). */
  perSecond(): number {
    if (this.samples.length < 2) return 0;
    const first = this.samples[0]!;
    const last = this.samples[this.samples.length - 1]!;
    const examples = this.samples.slice(1).reduce((sum, s) => sum + s.examples, 0);
    return last.at > first.at ? (examples * 1000) / (last.at - first.at) : 0;
  }

  /** Call when training pauses: the idle gap must not count. */
  clear(): void {
    this.samples = [];
  }
}
