/**
 * Folds one session message into a lab's store: the only place worker output enters a lab's
 * state. connectLab() has already dropped messages from any session but the one the lab shows.
 */
import type { SessionMessage } from '../../workers/protocol';
import { appendPeaks, appendPoint } from '../history';
import type { TrainingSlice } from './trainingSlice';

type Set<S> = (partial: Partial<S>) => void;

/** Applies the training messages every lab shares; returns false for the lab's own (view) messages. */
export function applySessionMessage<S extends TrainingSlice>(message: SessionMessage, get: () => S, set: Set<S>): boolean {
  const state = get();
  switch (message.type) {
    case 'configured':
      set({ configured: true, paramCount: message.paramCount } as Partial<S>);
      return true;
    case 'status':
      set({ status: message.status, ...(message.status === 'training' ? {} : { examplesPerSecond: 0 }) } as Partial<S>);
      return true;
    case 'progress': {
      const { history } = state;
      const norms = Array.from(message.gradientNorms, (value, i) => ({ step: message.step - message.gradientNorms.length + 1 + i, value }));
      const clipped = norms.filter((_p, i) => message.clipped[i] === 1);
      set({
        gradientNorm: norms.at(-1)?.value ?? state.gradientNorm,
        clippedSteps: state.clippedSteps + clipped.length,
        step: message.step, epoch: message.epoch, epochProgress: message.epochProgress, loss: message.loss,
        trainAccuracy: message.trainAccuracy,
        examplesPerSecond: message.examplesPerSecond || state.examplesPerSecond,
        history: {
          ...history,
          loss: appendPoint(history.loss, { step: message.step, value: message.loss }),
          trainAccuracy: appendPoint(history.trainAccuracy, { step: message.step, value: message.trainAccuracy }),
          gradientNorm: appendPeaks(history.gradientNorm, norms),
          clipped: clipped.length > 0 ? appendPeaks(history.clipped, clipped) : history.clipped,
        },
      } as Partial<S>);
      return true;
    }
    case 'evaluation': {
      const { history } = state;
      const point = { step: message.step, value: message.accuracy };
      set({
        test: { accuracy: message.accuracy, loss: message.loss, scope: message.scope, count: message.count, step: message.step },
        history: message.scope === 'full'
          ? { ...history, fullTestAccuracy: appendPoint(history.fullTestAccuracy, point) }
          : {
            ...history,
            testAccuracy: appendPoint(history.testAccuracy, point),
            testLoss: appendPoint(history.testLoss, { step: message.step, value: message.loss }),
          },
      } as Partial<S>);
      return true;
    }
    case 'failed':
      // A diverged run names the step it stopped at; the step count shows the same step (its last
      // chunk was never reported as progress).
      set({ failure: message.problem, ...(message.problem.code === 'diverged' ? { step: message.problem.step } : {}) } as Partial<S>);
      return true;
    default:
      return false;
  }
}
