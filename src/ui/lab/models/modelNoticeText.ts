/** A lab's save/load notice in the reader's language. */
import type { ModelNotice } from '../../../store/models/modelFileSlice';
import { modelFileName } from '../../../store/models/modelFileName';
import type { Dictionary } from '../../../content/dictionaries';

export function modelNoticeText(t: Dictionary, notice: ModelNotice): { text: string; problem: boolean; title?: string } {
  const m = t.models;
  switch (notice.kind) {
    case 'saved':
      return { text: notice.where === 'browser' ? m.savedInBrowser(notice.name) : m.downloaded(modelFileName(notice.name)), problem: false };
    case 'loaded':
      return { text: m.loaded(notice.name, notice.step), problem: false };
    case 'notSaved':
      return { text: notice.reason === 'notReady' ? m.notReady : m.weightsNotFinite, problem: true };
    case 'libraryProblem':
      return { text: m.libraryProblem(notice.problem), problem: true };
    case 'refused':
      return {
        title: m.refusedHeading(notice.source),
        text: m.fileProblem(notice.problem, t.share.fields, { cnn: t.shell.cnnLab, rnn: t.shell.rnnLab }, t.lab.optimizers),
        problem: true,
      };
  }
}
