/** Folds one trainer message into the store: the only place worker output enters app state. */
import type { FromWorker } from '../workers/protocol';
import { appendPoint } from './history';
import { EMPTY_HISTORY } from './trainingSlice';
import { confusionCounts } from './confusionSlice';
import type { AppState } from './appStore';

type Set = (partial: Partial<AppState>) => void;

export function applyTrainerMessage(message: FromWorker, get: () => AppState, set: Set): void {
  switch (message.type) {
    case 'backend':
      set({ backend: { name: message.backend, reason: message.reason } });
      return;
    case 'dataProgress':
      if (message.readyToTrain) {
        set({ dataReady: true, trainAvailable: message.trainAvailable, testAvailable: message.testAvailable, dataError: null });
        if (message.totalBytes === 0) return;
      }
      set({
        loadedBytes: message.loadedBytes, totalBytes: message.totalBytes,
        trainAvailable: message.trainAvailable, testAvailable: message.testAvailable,
      });
      return;
    case 'dataFailed':
      set({ dataError: message.message });
      return;
    case 'configured':
      queueMicrotask(() => get().requestInspection());
      set({
        selectedUnit: null, confusion: null, cell: null,
        configured: true, paramCount: message.paramCount, step: 0, epoch: 0, epochProgress: 0,
        loss: null, trainAccuracy: null, examplesPerSecond: 0, test: null, history: EMPTY_HISTORY,
      });
      return;
    case 'status':
      set({ status: message.status, ...(message.status === 'training' ? {} : { examplesPerSecond: 0 }) });
      return;
    case 'progress': {
      const { history } = get();
      set({
        step: message.step, epoch: message.epoch, epochProgress: message.epochProgress, loss: message.loss,
        trainAccuracy: message.trainAccuracy,
        examplesPerSecond: message.examplesPerSecond || get().examplesPerSecond,
        history: {
          ...history,
          loss: appendPoint(history.loss, { step: message.step, value: message.loss }),
          trainAccuracy: appendPoint(history.trainAccuracy, { step: message.step, value: message.trainAccuracy }),
        },
      });
      return;
    }
    case 'evaluation': {
      const { history } = get();
      const point = { step: message.step, value: message.accuracy };
      set({
        test: { accuracy: message.accuracy, scope: message.scope, count: message.count, step: message.step },
        history: message.scope === 'full'
          ? { ...history, fullTestAccuracy: appendPoint(history.fullTestAccuracy, point) }
          : { ...history, testAccuracy: appendPoint(history.testAccuracy, point) },
      });
      return;
    }
    case 'failed':
      set({ failure: { kind: message.kind, message: message.message } });
      return;
    case 'confusion':
      set({
        evaluating: false, cell: null,
        confusion: {
          step: message.step, accuracy: message.accuracy, predictions: message.predictions, labels: message.labels,
          counts: confusionCounts(message.predictions, message.labels),
        },
      });
      return;
    case 'testImages': {
      const cell = get().cell;
      if (!cell || cell.truth * 10 + cell.predicted !== message.requestId) return;
      set({ cell: { ...cell, indices: message.indices, pixels: message.pixels } });
      return;
    }
    case 'effectiveField': {
      const current = get().effectiveField;
      if (current && current.requestId > message.requestId) return;
      set({ effectiveField: { requestId: message.requestId, unit: message.unit, values: message.values } });
      return;
    }
    case 'testSamples':
      set({ samples: { pixels: message.pixels, labels: message.labels, count: message.count } });
      return;
    case 'inspected': {
      const holder = get().inspectionHolder;
      // Answers can overtake each other; keep only the newest request's.
      if (holder.current && holder.current.requestId > message.requestId) return;
      holder.current = { requestId: message.requestId, step: message.step, label: message.label, layers: message.layers, filters: message.filters };
      set({ inspectionVersion: get().inspectionVersion + 1 });
      return;
    }
  }
}
