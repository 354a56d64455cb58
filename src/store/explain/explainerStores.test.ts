import { describe, expect, it } from 'vitest';
import { createConvExplainer, createPoolExplainer } from './explainerStores';
import { exampleConfig, type ConvConfig, type ConvExplainState } from './convExplainStore';
import { poolExampleConfig, type PoolConfig, type PoolExplainState } from './poolExplainStore';
import { createShellStore } from '../shellStore';
import { convSharedToJson, poolSharedToJson, readConvShared, readPoolShared } from '../share/explainShare';
import type { SharedObject } from '../share/shareFields';
import type { ShareSync, StartupConfig } from '../share/shareSync';
import { fakeRunner } from '../../test/fakeRunner';

/** A share sync that hands out the given startup configurations once and records every report. */
function fakeShare(startup: Record<string, StartupConfig>) {
  const reports: { screen: string; json: SharedObject }[] = [];
  const taken = new Set<string>();
  const share: ShareSync = {
    startupNotice: null,
    takeStartupConfig(screen) {
      if (taken.has(screen)) return null;
      taken.add(screen);
      return startup[screen] ?? null;
    },
    report: (screen, json) => void reports.push({ screen, json: JSON.parse(JSON.stringify(json)) as SharedObject }),
    show: () => undefined,
    isForeign: () => false,
    stop: () => undefined,
    flush: () => undefined,
  };
  return { share, reports, last: (screen: string) => reports.filter((r) => r.screen === screen).at(-1)?.json };
}

function setup(startup: Record<string, StartupConfig> = {}) {
  const fake = fakeShare(startup);
  const shell = createShellStore(fakeRunner().runner, 'http://x/', { share: fake.share });
  return { ...fake, shell };
}

const convConfigOf = (s: ConvExplainState): ConvConfig => ({
  example: s.example, input: s.input, kernels: s.kernels, biases: s.biases, stride: s.stride, paddingMode: s.paddingMode,
  paddingAmount: s.paddingAmount, dilation: s.dilation, activation: s.activation, flip: s.flip,
});
const poolConfigOf = (s: PoolExplainState): PoolConfig => ({ example: s.example, input: s.input, kind: s.kind, size: s.size, stride: s.stride, padding: s.padding });

const EDITED_CONV: ConvConfig = {
  ...exampleConfig('rgb'), example: null,
  kernels: [exampleConfig('rgb').kernels[0]!, { channels: 3, rows: 3, cols: 3, values: Array.from({ length: 27 }, (_v, i) => (i % 5) - 2.5) }],
  biases: [1, -0.5], stride: 1, paddingMode: 'same', dilation: 1, activation: 'relu', flip: true,
};

describe('the convolution explainer and the share link', () => {
  it('starts from the link for its screen, and reports that configuration at once', () => {
    const { shell, reports, last } = setup({ conv: { config: convSharedToJson({ config: EDITED_CONV, position: 30 }), from: 'link' } });
    const store = createConvExplainer(shell);
    expect(convConfigOf(store.getState())).toEqual(EDITED_CONV);
    expect(store.getState().position).toBe(30);
    expect(reports.map((r) => r.screen)).toEqual(['conv']);
    expect(readConvShared(last('conv')!)).toEqual({ value: { config: EDITED_CONV, position: 30 }, replaced: [] });
    expect(shell.getState().shareNotice).toBeNull();
  });

  it('starts from a named example in the link', () => {
    const { shell } = setup({ conv: { config: { example: 'sobelHorizontal', stride: 2, position: 3 }, from: 'link' } });
    const store = createConvExplainer(shell);
    expect(convConfigOf(store.getState())).toEqual({ ...exampleConfig('sobelHorizontal'), stride: 2 });
    expect(store.getState().position).toBe(3);
  });

  it('a link\'s replaced settings are noted on the shell; storage\'s are not', () => {
    const linked = setup({ conv: { config: { example: 'nope', stride: 0, position: 2 }, from: 'link' } });
    const store = createConvExplainer(linked.shell);
    expect(convConfigOf(store.getState())).toEqual(exampleConfig('courseDiagonal'));
    expect(store.getState().position).toBe(2);
    expect(linked.shell.getState().shareNotice?.replaced).toEqual(['example', 'stride']);
    const stored = setup({ conv: { config: { example: 'nope', stride: 0 }, from: 'storage' } });
    createConvExplainer(stored.shell);
    expect(stored.shell.getState().shareNotice).toBeNull();
  });

  it('without a link it starts from the default and reports it', () => {
    const { shell, last } = setup({ pool: { config: { example: 'classic' }, from: 'link' } });
    const store = createConvExplainer(shell);
    expect(convConfigOf(store.getState())).toEqual(exampleConfig('courseDiagonal'));
    expect(last('conv')).toEqual(convSharedToJson({ config: exampleConfig('courseDiagonal'), position: 0 }));
  });

  it('reports every change of the configuration or position, and nothing else; what it reports reads back as the store\'s state', () => {
    const { shell, reports, last } = setup({ conv: { config: { example: 'courseBoth' }, from: 'link' } });
    const store = createConvExplainer(shell);
    const s = () => store.getState();
    const expectReported = () => {
      const read = readConvShared(last('conv')!);
      expect(read.replaced).toEqual([]);
      expect(read.value).toEqual({ config: convConfigOf(s()), position: s().position });
    };
    const count = () => reports.filter((r) => r.screen === 'conv').length;
    expect(count()).toBe(1);
    s().setSpeed(8);
    s().setPlaying(true);
    s().setPlaying(false);
    expect(count()).toBe(1);
    const edits: (() => void)[] = [
      () => s().stepForward(),
      () => s().setCell('input', 0, 1, 1, -4.5),
      () => s().setCell({ kernel: 1 }, 0, 2, 0, 0.75),
      () => s().setBias(0, 2),
      () => s().setWindow({ stride: 2 }),
      () => s().setWindow({ paddingMode: 'explicit', paddingAmount: 2 }),
      () => s().setWindow({ dilation: 2, activation: 'relu', flip: true }),
      () => s().setInputSize(7, 8),
      () => s().setKernelSize(2),
      () => s().setChannels(2),
      () => s().setFilters(3),
      () => s().runToEnd(),
      () => s().setPosition(1),
      () => s().chooseExample('pointwise'),
    ];
    edits.forEach((edit, i) => {
      edit();
      expect(count(), `edit ${i}`).toBe(i + 2);
      expectReported();
    });
    expect(reports.every((r) => r.screen === 'conv')).toBe(true);
  });
});

describe('the pooling explainer and the share link', () => {
  const EDITED_POOL: PoolConfig = {
    example: null, input: { channels: 3, rows: 2, cols: 5, values: Array.from({ length: 30 }, (_v, i) => i * 0.5 - 7) },
    kind: 'average', size: 2, stride: 1, padding: 'same',
  };

  it('starts from the link for its screen, and reports that configuration at once', () => {
    const { shell, reports, last } = setup({ pool: { config: poolSharedToJson(EDITED_POOL), from: 'link' } });
    const store = createPoolExplainer(shell);
    expect(poolConfigOf(store.getState())).toEqual(EDITED_POOL);
    expect(store.getState().selected).toEqual({ channel: 0, row: 0, col: 0 });
    expect(reports.map((r) => r.screen)).toEqual(['pool']);
    expect(readPoolShared(last('pool')!)).toEqual({ value: EDITED_POOL, replaced: [] });
  });

  it('a link\'s replaced settings are noted on the shell', () => {
    const { shell } = setup({ pool: { config: { example: 'signs', kind: 'median', size: 0 }, from: 'link' } });
    const store = createPoolExplainer(shell);
    expect(poolConfigOf(store.getState())).toEqual(poolExampleConfig('signs'));
    expect(shell.getState().shareNotice?.replaced).toEqual(['poolType', 'windowSize']);
  });

  it('reports every change of the configuration, not of the selection, playing, speed or shift', () => {
    const { shell, reports, last } = setup({ pool: { config: { example: 'classic', kind: 'l2' }, from: 'link' } });
    const store = createPoolExplainer(shell);
    const s = () => store.getState();
    expect(poolConfigOf(s())).toEqual({ ...poolExampleConfig('classic'), kind: 'l2' });
    const count = () => reports.filter((r) => r.screen === 'pool').length;
    expect(count()).toBe(1);
    s().moveSelection(1);
    s().select({ channel: 0, row: 1, col: 1 });
    s().setPlaying(true);
    s().setSpeed(4);
    s().setShift({ down: 1, right: 1 });
    expect(count()).toBe(1);
    const edits: (() => void)[] = [
      () => s().setCell(0, 0, 0, -9.25),
      () => s().setPooling({ kind: 'globalAverage' }),
      () => s().setPooling({ kind: 'max', size: 3, stride: 1, padding: 'same' }),
      () => s().setInputSize(6, 3),
      () => s().chooseExample('courseMaps'),
      () => s().applyConfig(EDITED_POOL),
    ];
    edits.forEach((edit, i) => {
      edit();
      expect(count(), `edit ${i}`).toBe(i + 2);
      expect(readPoolShared(last('pool')!)).toEqual({ value: poolConfigOf(s()), replaced: [] });
    });
    expect(poolConfigOf(s())).toEqual(EDITED_POOL);
  });

  it('both explainers on one shell each take their own link and report under their own screen', () => {
    const { shell, reports } = setup({
      conv: { config: { example: 'blur' }, from: 'link' },
      pool: { config: { example: 'signs' }, from: 'storage' },
    });
    const conv = createConvExplainer(shell);
    const pool = createPoolExplainer(shell);
    expect(conv.getState().example).toBe('blur');
    expect(pool.getState().example).toBe('signs');
    conv.getState().setWindow({ stride: 3 });
    pool.getState().setPooling({ stride: 1 });
    expect(reports.map((r) => [r.screen, r.json.stride])).toEqual([['conv', 1], ['pool', 2], ['conv', 3], ['pool', 1]]);
  });
});
