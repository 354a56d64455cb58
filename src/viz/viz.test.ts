// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextOf, installFakeCanvas } from '../test/fakeCanvas';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { frameDrivenViz, frameScheduler, sizeCanvas } from './viz';

beforeEach(() => {
  vi.useFakeTimers();
  installFakeCanvas();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('drawing at most once a frame', () => {
  it('many schedules before a frame draw once; a cancelled frame draws nothing', () => {
    const draw = vi.fn();
    const frame = frameScheduler(draw);
    frame.schedule();
    frame.schedule();
    frame.schedule();
    nextFrame();
    expect(draw).toHaveBeenCalledTimes(1);
    frame.schedule();
    frame.cancel();
    nextFrame();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('a renderer draws only the latest data, and nothing after destroy', () => {
    const drawn: number[] = [];
    const cleanup = vi.fn();
    const viz = frameDrivenViz<number>(detachedRoot(), (n) => drawn.push(n), cleanup);
    viz.update(1);
    viz.update(2);
    nextFrame();
    viz.update(3);
    viz.destroy();
    nextFrame();
    expect(drawn).toEqual([2]);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});

describe('sizing a canvas', () => {
  it('holds device pixels for sharpness and shows CSS pixels', () => {
    vi.stubGlobal('devicePixelRatio', 2);
    const canvas = document.createElement('canvas');
    const ctx = sizeCanvas(canvas, 30.5, 20);
    expect([canvas.width, canvas.height, canvas.style.width, canvas.style.height]).toEqual([61, 40, '30.5px', '20px']);
    expect(ctx).toBe(contextOf(canvas) as unknown);
  });
});
