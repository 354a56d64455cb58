import { describe, expect, it } from 'vitest';
import { fakeRunner } from '../test/fakeRunner';
import { createShellStore } from './shellStore';
import { BACKEND_VERDICT_KEY, readBackendVerdict, writeBackendVerdict } from './backendMemory';
import { verdictApplies, type BackendVerdict } from '../workers/backendVerdict';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

const measured: BackendVerdict = {
  backend: 'wasm', userAgent: 'Chromium/140', renderer: 'ANGLE (Google, Vulkan 1.3 (SwiftShader Device))',
  reason: { code: 'autoWasmFaster', speedup: 3.2, renderer: 'SwiftShader', seconds: 1.3 },
};

describe("remembering Auto's backend trial between visits", () => {
  it('keeps a fresh verdict and hands it to the trainer on the next visit', () => {
    const storage = memoryStorage();
    const first = fakeRunner();
    createShellStore(first.runner, 'http://x/', { rememberedBackend: readBackendVerdict(storage), rememberBackend: (v) => writeBackendVerdict(storage, v) });
    expect(first.lastSent('init')).toEqual({ type: 'init', dataUrl: 'http://x/', backend: 'auto' });
    first.emit({ type: 'backend', backend: 'wasm', choice: 'auto', reason: measured.reason, verdict: measured });

    const second = fakeRunner();
    const shell = createShellStore(second.runner, 'http://x/', { rememberedBackend: readBackendVerdict(storage), rememberBackend: (v) => writeBackendVerdict(storage, v) });
    expect(second.lastSent('init')?.remembered).toEqual(measured);
    // A reply without a trial (the remembered verdict was used) changes nothing stored.
    second.emit({ type: 'backend', backend: 'wasm', choice: 'auto', reason: { code: 'autoRemembered', measured: measured.reason } });
    expect(readBackendVerdict(storage)).toEqual(measured);
    expect(shell.getState().backend?.reason.code).toBe('autoRemembered');
  });

  it('ignores stored text that is not a trial verdict, whatever it holds', () => {
    const storage = memoryStorage();
    const cases: string[] = [
      'not json', 'null', '42', '[]', '{}',
      JSON.stringify({ ...measured, backend: 'webgl' }), // the reason says wasm won
      JSON.stringify({ ...measured, backend: 'tpu' }),
      JSON.stringify({ ...measured, userAgent: 7 }),
      JSON.stringify({ ...measured, reason: { ...measured.reason, speedup: -1 } }),
      JSON.stringify({ ...measured, reason: { ...measured.reason, seconds: 'NaN' } }),
      JSON.stringify({ ...measured, reason: { code: 'autoGpu', renderer: 'x' } }),
    ];
    for (const text of cases) {
      storage.items.set(BACKEND_VERDICT_KEY, text);
      expect(readBackendVerdict(storage), text).toBeNull();
    }
    storage.items.set(BACKEND_VERDICT_KEY, JSON.stringify(measured));
    expect(readBackendVerdict(storage)).toEqual(measured);
    expect(readBackendVerdict(null)).toBeNull();
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    expect(readBackendVerdict(throwing)).toBeNull();
    expect(() => writeBackendVerdict(throwing, measured)).not.toThrow();
  });

  it('trusts a verdict only in the browser and on the renderer it was measured on', () => {
    expect(verdictApplies(measured, measured.userAgent, measured.renderer)).toBe(true);
    expect(verdictApplies(measured, 'Chromium/141', measured.renderer)).toBe(false);
    expect(verdictApplies(measured, measured.userAgent, 'ANGLE (NVIDIA GeForce)')).toBe(false);
    expect(verdictApplies(measured, measured.userAgent, null)).toBe(false);
    expect(verdictApplies(null, measured.userAgent, measured.renderer)).toBe(false);
  });
});
