/**
 * Answers the views' questions about the current network (activations, filters, effective
 * receptive fields, test images) without slowing training: while the loop runs, only the newest
 * inspection request is kept, and it is served between chunks within a small time budget.
 */
import { Inspector, type UnitAddress } from '../engine/inspection';
import type { NetworkSpec } from '../engine/spec';
import type { TrainingSession } from '../engine/trainingSession';
import type { MnistSplit } from '../data/mnistData';
import { EvaluationSchedule } from './testSubset';
import type { FromWorker, InspectInput } from './protocol';

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Views may take at most ~5% of the training time, and refresh at most every 400 ms. */
const INSPECTION_SHARE = 0.05;
const MIN_INTERVAL_MS = 400;
const MAX_TEST_IMAGES = 64;

export class InspectionDesk {
  private inspector: Inspector | null = null;
  private pending: { requestId: number; input: InspectInput } | null = null;
  private readonly schedule = new EvaluationSchedule(MIN_INTERVAL_MS, INSPECTION_SHARE);

  constructor(private readonly post: Post, private readonly testSplit: () => MnistSplit | null, private readonly step: () => number) {}

  /** Points the desk at a new network (or none); answers still in flight for the old one are dropped. */
  attach(session: TrainingSession | null, spec: NetworkSpec | null): void {
    this.inspector = session && spec ? new Inspector(session.model, spec.input, spec.layers.map((l) => l.type)) : null;
  }

  /** Keeps only the newest request; older ones would describe weights that are already gone. */
  request(requestId: number, input: InspectInput): void {
    this.pending = { requestId, input };
  }

  /** Whether a waiting request fits the time budget now (used by the training loop). */
  due(now: number): boolean {
    return this.pending !== null && this.schedule.due(now);
  }

  async servePending(): Promise<void> {
    const request = this.pending;
    if (!request) return;
    this.pending = null;
    const started = performance.now();
    await this.inspect(request.requestId, request.input);
    this.schedule.record(performance.now(), performance.now() - started);
  }

  /** The image bytes (and true label, for a test digit) behind an inspection input. */
  private resolve(input: InspectInput): { pixels: Uint8Array; label: number | null } | null {
    const test = this.testSplit();
    if (!test) return null;
    if (input.kind === 'pixels') return input.pixels.length === 784 ? { pixels: input.pixels, label: null } : null;
    const index = Math.max(0, Math.min(test.count - 1, Math.floor(input.index)));
    return { pixels: test.images.subarray(index * 784, (index + 1) * 784), label: test.labels[index]! };
  }

  /** Every layer's activations and the conv filters for one input; buffers are transferred. */
  private async inspect(requestId: number, input: InspectInput): Promise<void> {
    const inspector = this.inspector;
    const resolved = this.resolve(input);
    if (!inspector || !resolved) return;
    const [layers, filters] = await Promise.all([inspector.activations(resolved.pixels), inspector.filters()]);
    if (inspector !== this.inspector) return; // the network was rebuilt meanwhile: this answer is stale
    const buffers = [...layers.map((l) => l.values.buffer), ...filters.flatMap((f) => [f.kernel.buffer, f.bias.buffer])];
    this.post({ type: 'inspected', requestId, step: this.step(), label: resolved.label, layers, filters }, buffers);
  }

  async effectiveField(requestId: number, input: InspectInput, unit: UnitAddress): Promise<void> {
    const inspector = this.inspector;
    const resolved = this.resolve(input);
    if (!inspector || !resolved) return;
    const values = await inspector.effectiveField(resolved.pixels, unit);
    if (inspector !== this.inspector) return;
    this.post({ type: 'effectiveField', requestId, unit, values }, [values.buffer]);
  }

  /** Pixels of chosen test images (at most 64), e.g. the misclassified digits of a confusion cell. */
  sendTestImages(requestId: number, indices: number[]): void {
    const test = this.testSplit();
    if (!test) return;
    const valid = indices.filter((i) => Number.isInteger(i) && i >= 0 && i < test.count).slice(0, MAX_TEST_IMAGES);
    const pixels = new Uint8Array(valid.length * 784);
    valid.forEach((index, k) => pixels.set(test.images.subarray(index * 784, (index + 1) * 784), k * 784));
    const labels = Uint8Array.from(valid, (i) => test.labels[i]!);
    this.post({ type: 'testImages', requestId, indices: valid, pixels, labels }, [pixels.buffer, labels.buffer]);
  }
}
