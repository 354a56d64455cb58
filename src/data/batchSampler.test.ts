import { describe, expect, it } from 'vitest';
import { BatchSampler } from './batchSampler';
import { MnistSplit, IMAGE_SIZE } from './mnistData';
import { shiftImage } from './augment';

function split(count: number, loadedCount = count): MnistSplit {
  const s = new MnistSplit(count);
  const images = new Uint8Array(loadedCount * IMAGE_SIZE);
  const labels = new Uint8Array(loadedCount);
  for (let i = 0; i < loadedCount; i++) {
    labels[i] = i % 10;
    images[i * IMAGE_SIZE] = i % 256; // tag each image so it can be recognised
  }
  s.add(0, images, labels);
  return s;
}

describe('BatchSampler', () => {
  it('visits every example once per epoch, in a seeded order', () => {
    const sampler = new BatchSampler(split(100), 3, { expandedData: false });
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) seen.push(...Array.from(sampler.nextBatch(10).pixels.filter((_v, j) => j % IMAGE_SIZE === 0)));
    expect(sampler.epoch).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_v, i) => i));
    const again = new BatchSampler(split(100), 3, { expandedData: false });
    expect(Array.from(again.nextBatch(10).labels)).toEqual(seen.slice(0, 10).map((t) => t % 10));
    const other = new BatchSampler(split(100), 4, { expandedData: false });
    expect(Array.from(other.nextBatch(10).labels)).not.toEqual(seen.slice(0, 10).map((t) => t % 10));
  });

  it('serves only loaded examples while later shards are missing', () => {
    const sampler = new BatchSampler(split(1000, 100), 1, { expandedData: false });
    const batch = sampler.nextBatch(200);
    for (let i = 0; i < 200; i++) expect(batch.pixels[i * IMAGE_SIZE]).toBeLessThan(100);
  });

  it('shifts images by at most one pixel when expanded data is on', () => {
    const image = new Uint8Array(IMAGE_SIZE);
    image[14 * 28 + 14] = 255;
    const s = new MnistSplit(1);
    s.add(0, image, new Uint8Array([3]));
    const sampler = new BatchSampler(s, 9, { expandedData: true });
    const positions = new Set<number>();
    for (let i = 0; i < 60; i++) positions.add(sampler.nextBatch(1).pixels.indexOf(255));
    expect([...positions].sort((a, b) => a - b)).toEqual([13 * 28 + 14, 14 * 28 + 13, 14 * 28 + 14, 14 * 28 + 15, 15 * 28 + 14]);
  });

  it('shiftImage fills the uncovered edge with background', () => {
    const source = new Uint8Array(IMAGE_SIZE).fill(9);
    const target = new Uint8Array(IMAGE_SIZE);
    shiftImage(source, target, 0, 1);
    expect(target[0]).toBe(0);
    expect(target[27 * 28]).toBe(0);
    expect(target[1]).toBe(9);
    expect(target[27]).toBe(9);
  });

  it('resumes from a saved position with exactly the batches the original serves next, across epochs and shifts', () => {
    const original = new BatchSampler(split(50), 11, { expandedData: true });
    for (let i = 0; i < 7; i++) original.nextBatch(16); // 112 examples: into the third epoch
    const saved = original.savedPosition;
    expect(saved.epoch).toBe(2);
    const resumed = new BatchSampler(split(50), 999, { expandedData: true });
    expect(resumed.restorePosition(JSON.parse(JSON.stringify(saved)))).toBe(true);
    for (let i = 0; i < 8; i++) {
      const [a, b] = [original.nextBatch(16), resumed.nextBatch(16)];
      expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
      expect(b.pixels).toEqual(a.pixels);
    }
    expect(resumed.epoch).toBe(original.epoch);
    expect(resumed.epochProgress).toBe(original.epochProgress);
  });

  it('refuses a saved position that cannot come from this split, and stays where it was', () => {
    const sampler = new BatchSampler(split(50), 2, { expandedData: false });
    sampler.nextBatch(5);
    const before = sampler.savedPosition;
    for (const bad of [{ ...before, position: 50 }, { ...before, epoch: -1 }, { ...before, random: 2 ** 32 }, { ...before, epochStart: 1.5 }, null]) {
      expect(sampler.restorePosition(bad as never)).toBe(false);
      expect(sampler.savedPosition).toEqual(before);
    }
  });
});
