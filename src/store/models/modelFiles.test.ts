import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createShellStore } from '../shellStore';
import { createRnnLabStore } from '../rnn/rnnLabStore';
import { createCnnLabStore } from '../cnn/cnnLabStore';
import { createModelLibrary } from './modelLibrary';
import { trainerRunner } from '../../test/trainerRunner';
import { fakeRunner } from '../../test/fakeRunner';
import { encodeModel, readModelFile, type ModelToSave } from './modelFileFormat';
import { cnnModelFormat, cnnModelSettings } from './cnnModelFormat';
import { rnnModelSettings } from './rnnModelFormat';
import { expectedWeightShapes } from '../../engine/weightShapes';
import { expectedSlotShapes } from '../../engine/sessionState';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import { EMPTY_HISTORY } from '../lab/trainingSlice';
import { encodeModelFile, decodeModelFile, MODEL_FILE_VERSION } from '../../engine/modelFile/modelFileCodec';
import type { CnnLabState } from '../cnn/cnnLabStore';

const waitFor = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 30_000, interval: 10 });

describe('saving a trained model and loading it back (real trainer, cpu backend)', () => {
  it('restores the very weights, optimizer state, settings, step and charts, from the browser\'s list', async () => {
    const shell = createShellStore(trainerRunner(), 'http://nowhere.test/', { backend: 'cpu', modelLibrary: createModelLibrary(new IDBFactory()) });
    const lab = createRnnLabStore(shell);
    lab.getState().chooseTask('adding');
    lab.getState().setNetwork({ cell: 'gru', units: 6 });
    lab.getState().setHyper({ optimizer: 'rmsprop', batchSize: 8 });
    await waitFor(() => lab.getState().configured);
    for (let step = 1; step <= 4; step++) {
      lab.getState().step1();
      await waitFor(() => lab.getState().step === step);
    }
    const savedSettings = rnnModelSettings(lab.getState());
    const before = await shell.getState().requestSnapshot('rnn', lab.getState().sessionId);
    const bytes = await lab.getState().saveModel('GRU on adding', 'browser');
    expect(bytes).not.toBeNull();
    expect(lab.getState().modelNotice).toEqual({ kind: 'saved', name: 'GRU on adding', where: 'browser' });
    const [saved] = shell.getState().savedModels!;
    expect(saved).toMatchObject({ lab: 'rnn', name: 'GRU on adding', step: 4, bytes: bytes!.length });

    // Other work happens, then the saved model comes back.
    lab.getState().setNetwork({ cell: 'lstm', units: 9 });
    await waitFor(() => lab.getState().configured && lab.getState().network.cell === 'lstm');
    expect(await lab.getState().loadSavedModel(saved!.id, saved!.name)).toBe(true);
    expect(lab.getState()).toMatchObject({ step: 4, network: { cell: 'gru', units: 6 }, task: { id: 'adding' }, hyper: { optimizer: 'rmsprop', batchSize: 8 } });
    expect(lab.getState().history.loss.map((p) => p.step)).toEqual([1, 2, 3, 4]);
    expect(rnnModelSettings(lab.getState())).toEqual(savedSettings);
    await waitFor(() => lab.getState().configured);
    const after = await shell.getState().requestSnapshot('rnn', lab.getState().sessionId);
    expect(after!.step).toBe(4);
    expect(after!.state.weights.map((w) => Array.from(w.values))).toEqual(before!.state.weights.map((w) => Array.from(w.values)));
    expect(after!.state.optimizer.slots.map((w) => Array.from(w.values))).toEqual(before!.state.optimizer.slots.map((w) => Array.from(w.values)));
    expect(after!.taskProgress).toEqual(before!.taskProgress);
    // Training goes on from step 4.
    lab.getState().step1();
    await waitFor(() => lab.getState().step === 5);
    expect(lab.getState().failure).toBeNull();
  });
});

/** A CNN-lab model file for the default preset, with weights that fit it. */
function cnnModel(state: CnnLabState, patch: Partial<ModelToSave> = {}): ModelToSave {
  const config = cnnModelFormat.config(cnnModelFormat.read(cnnModelSettings(state)).value);
  const shapes = expectedWeightShapes(config.model, taskGeometry(config.task))!;
  const tensor = (shape: number[], fill: number) => ({ values: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(fill), shape });
  return {
    lab: 'cnn', name: 'test model', savedAt: '2026-12-01T10:00:00.000Z', presetId: state.presetId, settings: cnnModelSettings(state),
    run: { step: 30, epoch: 0, epochProgress: 0.016, loss: 0.5, trainAccuracy: 0.8, test: null, history: EMPTY_HISTORY },
    snapshot: {
      step: 30, taskProgress: { kind: 'epochs', epoch: 0, position: 960, epochStart: 1, random: 2 },
      state: {
        weights: shapes.map((s) => tensor(s, 0.01)),
        optimizer: { name: 'adam', iterations: 30, slots: expectedSlotShapes('adam', shapes).map((s) => tensor(s, 0.001)), powers: [0.04, 0.97] },
      },
    },
    ...patch,
  };
}

describe('a model file that cannot be used is refused, and the current work stays', () => {
  function setup() {
    const fake = fakeRunner();
    const shell = createShellStore(fake.runner, 'http://x/');
    const lab = createCnnLabStore(shell);
    lab.getState().choosePreset('lenet5');
    lab.getState().setHyper({ learningRate: 0.003 });
    return { ...fake, lab };
  }

  it('loads a good file: its settings and step, and a restore for the worker', () => {
    const { lab, lastSent } = setup();
    const good = cnnModel({ ...lab.getState(), presetId: 'lenet5' });
    lab.getState().choosePreset('conv-pool');
    expect(lab.getState().loadModelBytes(encodeModel(good), 'good.cnnrnn')).toBe(true);
    expect(lab.getState()).toMatchObject({ presetId: 'lenet5', step: 30, hyper: { learningRate: 0.003 } });
    expect(lastSent('restore')).toMatchObject({ slot: 'cnn', sessionId: lab.getState().sessionId, snapshot: { step: 30 } });
  });

  it('reads back exactly what was written: snapshot, run, settings and name', () => {
    const { lab } = setup();
    const model = cnnModel(lab.getState(), {
      name: 'Ünïcode 名稱 🙂',
      run: {
        step: 30, epoch: 0, epochProgress: 0.016, loss: 0.5, trainAccuracy: 0.8,
        test: { accuracy: 0.91, loss: 0.3, scope: 'subset', count: 500, step: 30 },
        history: { ...EMPTY_HISTORY, loss: [{ step: 10, value: 1.2 }, { step: 30, value: 0.5 }], testAccuracy: [{ step: 30, value: 0.91 }] },
      },
    });
    model.snapshot.state.weights[0]!.values.set([Math.PI, -0, 1e-38]);
    const read = readModelFile(encodeModel(model), cnnModelFormat);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.model.name).toBe(model.name);
    expect(read.model.presetId).toBe('lenet5');
    expect(read.model.run).toEqual(model.run);
    expect(read.model.snapshot.step).toBe(30);
    expect(read.model.snapshot.taskProgress).toEqual(model.snapshot.taskProgress);
    expect(read.model.snapshot.state.optimizer).toMatchObject({ name: 'adam', iterations: 30, powers: [0.04, 0.97] });
    const bits = (t: { values: Float32Array }[]) => t.map((x) => Array.from(new Uint32Array(x.values.slice().buffer)));
    expect(bits(read.model.snapshot.state.weights)).toEqual(bits(model.snapshot.state.weights));
    expect(bits(read.model.snapshot.state.optimizer.slots)).toEqual(bits(model.snapshot.state.optimizer.slots));
    const config = read.model.config;
    expect(config.model.kind === 'convolutional' && config.model.network.layers).toEqual(lab.getState().spec.layers);
    expect(config.hyper).toEqual(lab.getState().hyper);
    expect(config.seed).toBe(lab.getState().seed);
  });

  it('refuses each kind of bad file with its own code', () => {
    const { lab, sent } = setup();
    const state = lab.getState();
    const good = encodeModel(cnnModel(state));
    const decoded = decodeModelFile(good);
    if (!decoded.ok) throw new Error('the good file does not decode');
    const reencode = (patch: Record<string, unknown>, tensors = decoded.tensors) => encodeModelFile({ ...decoded.header, ...patch }, tensors);
    const corrupt = good.slice();
    corrupt[good.length - 50] ^= 0xff;
    const newer = good.slice();
    new DataView(newer.buffer).setUint32(8, MODEL_FILE_VERSION + 1, true);
    const shapes = decoded.tensors.map((t, i) => (i === 0 ? { values: new Float32Array(5 * 5 * 1 * 7), shape: [5, 5, 1, 7] } : t));
    const nan = decoded.tensors.map((t, i) => (i === 1 ? { values: t.values.map(() => Number.NaN), shape: t.shape } : t));
    const cases: [string, Uint8Array, string][] = [
      ['truncated', good.subarray(0, good.length - 1000), 'truncated'],
      ['corrupt', corrupt, 'corrupt'],
      ['newer version', newer, 'newerVersion'],
      ['foreign', new TextEncoder().encode('{"modelTopology": {}}'), 'notAModelFile'],
      ['empty', new Uint8Array(0), 'empty'],
      ['other lab', reencode({ lab: 'rnn' }), 'wrongLab'],
      ['wrong shapes', reencode({}, shapes), 'weightShapeMismatch'],
      ['weights missing', reencode({ weightCount: 2 }, decoded.tensors.slice(0, 2)), 'weightCountMismatch'],
      ['out-of-range setting', reencode({ settings: { ...(decoded.header.settings as object), hyper: { ...state.hyper, learningRate: 50 } } }), 'settingsInvalid'],
      ['optimizer slots of another optimizer', reencode({ settings: { ...(decoded.header.settings as object), hyper: { ...state.hyper, optimizer: 'momentum' } }, optimizer: { name: 'momentum', iterations: 3 } }), 'optimizerMismatch'],
      ['NaN weights', reencode({}, nan), 'weightsNotFinite'],
      ['no format', reencode({ format: 'something else' }), 'headerInvalid'],
      ['bad progress', reencode({ progress: { step: -1 } }), 'headerInvalid'],
      ['bad history', reencode({ run: { ...(decoded.header.run as object), history: { loss: 'x' } } }), 'headerInvalid'],
    ];
    const kept = { presetId: state.presetId, spec: state.spec, hyper: state.hyper, sessionId: state.sessionId, step: state.step };
    const sentBefore = sent.length;
    for (const [name, bytes, code] of cases) {
      expect(lab.getState().loadModelBytes(bytes, `${name}.cnnrnn`), name).toBe(false);
      const notice = lab.getState().modelNotice;
      expect(notice?.kind === 'refused' && notice.problem.code, name).toBe(code);
      expect(lab.getState(), name).toMatchObject(kept);
    }
    expect(sent.length).toBe(sentBefore);
  });
});
