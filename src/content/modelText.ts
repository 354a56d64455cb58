/** Saving and loading trained models: the dialogs, the list of saved models, and every reason a file is refused. */
import type { ModelFileProblem } from '../store/models/modelFileFormat';
import type { LibraryProblem } from '../store/models/modelLibrary';
import type { ForeignFileKind } from '../engine/modelFile/modelFileCodec';
import type { SharedField } from '../store/share/shareFields';

const grouped = (n: number) => n.toLocaleString('en-US');
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
const shape = (s: number[]) => s.join('×');

const FOREIGN: Record<ForeignFileKind, string> = {
  tfjsModel: 'It looks like a TensorFlow.js model.json, which this page does not read.',
  json: 'It is a JSON file.',
  kerasH5: 'It looks like a Keras .h5 file, which this page does not read.',
  zip: 'It is a zip archive (a Keras .keras file is one), which this page does not read.',
  image: 'It is an image.',
  text: 'It is a text file.',
  unknown: '',
};

const KEPT = 'Nothing was changed: your network, its training and its settings are as they were.';

export const models = {
  group: 'Model',
  save: 'Save model',
  load: 'Load model',
  exportCode: 'Export code',
  saveTip: 'Keeps the trained network (its weights, the optimizer\'s state, the settings, the step count and the curves) in this browser or as a file, so you can go on later or elsewhere.',
  loadTip: 'Brings back a model saved in this browser or a file downloaded before, and training goes on from the step it was saved at.',
  exportTip: 'Writes this network as Keras (Python) code for Colab and as TensorFlow.js code, with the same layers, shapes and parameters, to train it outside the playground.',
  saveHeading: 'Save model',
  name: 'Name',
  defaultName: (network: string, step: number) => `${network} · step ${grouped(step)}`,
  customNetwork: 'Custom network',
  contents: (step: number, optimizer: string) => `Saves the weights, ${optimizer}'s running state, the training settings and the curves, at step ${grouped(step)}.`,
  estimate: (bytes: number) => `About ${size(bytes)}.`,
  saveInBrowser: 'Save in this browser',
  downloadFile: 'Download file',
  cancel: 'Cancel',
  close: 'Close',
  saving: 'Saving…',
  loadHeading: 'Load model',
  loadIntro: 'Loading replaces the network on screen and its training with the saved one; training then goes on from the step it was saved at.',
  replacesRun: (step: number) => `The current run (step ${grouped(step)}) ends unless you save it first.`,
  savedHere: 'Saved in this browser',
  noneSaved: 'No models of this lab are saved in this browser yet.',
  otherLab: (count: number, lab: string) => `${count === 1 ? 'One model' : `${grouped(count)} models`} of the ${lab} ${count === 1 ? 'is' : 'are'} saved too: load ${count === 1 ? 'it' : 'them'} there.`,
  stepShort: (step: string) => `step ${step}`,
  accuracyShort: (accuracy: string) => `test ${accuracy}`,
  loadNamed: (name: string) => `Load “${name}”`,
  renameNamed: (name: string) => `Rename “${name}”`,
  deleteNamed: (name: string) => `Delete “${name}”`,
  downloadNamed: (name: string) => `Download “${name}”`,
  loadShort: 'Load',
  renameShort: 'Rename',
  deleteShort: 'Delete',
  downloadShort: 'Download',
  newName: (name: string) => `New name for “${name}”`,
  saveName: 'Save name',
  confirmDelete: (name: string) => `Delete “${name}” from this browser? This cannot be undone.`,
  keep: 'Keep it',
  fromFile: 'From a file',
  fileLabel: 'Model file',
  chooseFile: 'Load from a file…',
  dropHint: 'or drop a .cnnrnn file here.',
  reading: 'Reading the file…',
  savedInBrowser: (name: string) => `Saved “${name}” in this browser. Load model lists it.`,
  downloaded: (name: string) => `Downloaded “${name}”.`,
  loaded: (name: string, step: number) => `Loaded “${name}” at step ${grouped(step)}. Press Train to go on from there.`,
  notReady: 'There is no network to save yet: wait until it has been built.',
  weightsNotFinite: 'The weights are no longer numbers (the run diverged), so there is nothing worth saving. Press Reset and train again.',
  refusedHeading: (source: string) => `“${source}” was not loaded`,
  fileProblem(problem: ModelFileProblem, fields: Record<SharedField, string>, labs: { cnn: string; rnn: string }, optimizers: Record<string, string>): string {
    switch (problem.code) {
      case 'empty':
        return `The file is empty. ${KEPT}`;
      case 'tooLarge':
        return `The file is ${size(problem.bytes)}; a model file of this playground is at most ${size(problem.max)}, so this is not one. ${KEPT}`;
      case 'notAModelFile':
        return `This is not a model file of this playground. ${FOREIGN[problem.looksLike]} Choose a file made with Save model (it ends in .cnnrnn). ${KEPT}`.replace('  ', ' ');
      case 'truncated':
        return `The file is cut short: it has ${grouped(problem.bytes)} bytes of the ${grouped(problem.expected)} it should have. Download or copy it again. ${KEPT}`;
      case 'corrupt':
        return `The file is damaged: its contents no longer match its checksum. It may have been changed or broken while being copied; use the original. ${KEPT}`;
      case 'newerVersion':
        return `The file was made by a newer version of the playground (model format ${problem.version}; this page reads format ${problem.supported}). Open it there. ${KEPT}`;
      case 'headerInvalid':
        return `The file's description of the model is not what this page writes (its “${problem.field}” part is missing or wrong), so its weights cannot be trusted. ${KEPT}`;
      case 'wrongLab':
        return `This model was saved in the ${labs[problem.fileLab]}. Open the ${labs[problem.fileLab]} and load it there. ${KEPT}`;
      case 'settingsInvalid':
        return `The file's settings include values this page does not allow: ${problem.fields.map((f) => fields[f]).join(', ')}. ${KEPT}`;
      case 'weightCountMismatch':
        return `The file holds ${grouped(problem.found)} weight tensors, but the network it describes has ${grouped(problem.expected)}. ${KEPT}`;
      case 'weightShapeMismatch':
        return `Weight tensor ${problem.index + 1} has the shape ${shape(problem.found)}, but the network it describes needs ${shape(problem.expected)}. ${KEPT}`;
      case 'optimizerMismatch':
        return `The saved state of the optimizer (${optimizers[problem.optimizer] ?? problem.optimizer}) does not fit the network's weights. ${KEPT}`;
      case 'weightsNotFinite':
        return `Some of the file's weights are not numbers (NaN or infinite), as after a diverged run. ${KEPT}`;
    }
  },
  libraryProblem(problem: LibraryProblem): string {
    switch (problem.code) {
      case 'unavailable':
        return 'This browser does not let the page keep models (private browsing can prevent it). Use Download file instead.';
      case 'full':
        return 'The browser\'s storage for this site is full. Delete saved models you no longer need, or download this one as a file.';
      case 'notFound':
        return 'That saved model is no longer there (it may have been deleted in another tab).';
      case 'failed':
        return `The browser could not do it: ${problem.detail}.`;
    }
  },
  size,
  savedAt: (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
};
