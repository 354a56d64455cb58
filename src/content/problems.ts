/**
 * How the app words the codes the worker, the data loader and the engine report (English). The
 * zh-TW twin (zh-TW/problems.ts) has the same type, so neither can miss a code.
 */
import type { BackendName, BackendReason, DataProblem, TrainerProblem } from '../workers/problems';

const BACKEND_LABELS: Record<BackendName | 'auto', string> = { auto: 'Auto', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' };

const number = (v: number) => String(Number(v.toPrecision(6)));
const problems = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

function backendReasonText(reason: BackendReason): string {
  switch (reason.code) {
    case 'autoGpu':
      return `Auto: WebGL on your graphics card (${reason.renderer}).`;
    case 'autoWasmFaster':
      return `Auto: WebAssembly, because it was ${reason.speedup.toFixed(1)}× faster than WebGL on the software renderer ${reason.renderer} in a ${reason.seconds.toFixed(1)} s trial.`;
    case 'autoNoWebgl':
      return 'Auto: WebAssembly, because WebGL is not available in this browser.';
    case 'autoWebglFaster':
      return `Auto: WebGL, faster than WebAssembly in a ${reason.seconds.toFixed(1)} s trial (${reason.renderer}).`;
    case 'autoCpuOnly':
      return 'Auto: plain JavaScript (CPU), because neither WebGL nor WebAssembly started in this browser. Training will be slow.';
    case 'autoRemembered':
      return `${backendReasonText(reason.measured).replace(/\.$/, '')} on an earlier visit in this browser.`;
    case 'chosen':
      return `You chose ${BACKEND_LABELS[reason.backend]}.${reason.softwareRenderer ? ` It is running on a software renderer (${reason.softwareRenderer}), so expect it to be slow.` : ''}`;
    case 'fallback':
      return `${BACKEND_LABELS[reason.wanted]} could not start in this browser, so ${backendReasonText(reason.auto).replace(/^Auto: /, '')}`;
    case 'webglLost':
      return `WebGL stopped working mid-run (the browser lost its graphics context), so training moved to ${BACKEND_LABELS[reason.backend]}.`;
  }
}

function dataProblemText(problem: DataProblem): string {
  switch (problem.code) {
    case 'manifestUnreachable':
      return `could not download the data manifest (${problem.detail}). Check the connection and retry.`;
    case 'manifestMissing':
      return `the data manifest is missing (HTTP ${problem.status}); run "npm run data" to generate it.`;
    case 'manifestCorrupt':
      return 'the data manifest is corrupt; run "npm run data" to generate it again.';
    case 'shardUnreachable':
      return `could not download ${problem.file} (${problem.detail}). Check the connection and retry.`;
    case 'shardMissing':
      return `could not download ${problem.file} (HTTP ${problem.status}).`;
    case 'shardTruncated':
      return `${problem.file} is ${problem.bytes.toLocaleString('en-US')} bytes, expected ${problem.expected.toLocaleString('en-US')}: the file is truncated or stale.`;
    case 'shardNotGzip':
      return `${problem.file} is not gzip data; the server may have unpacked or replaced it.`;
    case 'shardCorrupt':
      return `${problem.file} is corrupt and could not be unpacked.`;
    case 'shardWrongShape':
      return `${problem.file} holds ${problem.found.join('×')} values, expected ${problem.expected.join('×')}.`;
    case 'shardBadLabel':
      return `${problem.file} contains the label ${problem.label}, which is not a digit.`;
  }
}

export interface ProblemText {
  title: string;
  body: string;
}

/** Numbers that may be astronomically large (an exploded loss) in powers of ten. */
const large = (v: number) => (Math.abs(v) >= 1e5 ? v.toExponential(2) : v.toFixed(2));

function trainerProblemText(problem: TrainerProblem): ProblemText {
  switch (problem.code) {
    case 'diverged': {
      const what = problem.cause === 'notANumber'
        ? 'the loss became NaN'
        : `the loss exploded to ${large(problem.loss)} (the limit is ${large(problem.limit)})`;
      return {
        title: 'Training diverged',
        body: `At step ${problem.step} ${what}: the weight updates grew too large and the network diverged. ` +
          `Lower the learning rate (it is ${number(problem.learningRate)}; try ${number(problem.suggestedRate)})` +
          `${problem.canClip ? ', or tick Gradient clipping,' : ''} and press Reset to start again from fresh weights.`,
      };
    }
    case 'invalidConfiguration':
      return { title: 'Something went wrong', body: `The trainer found ${problems(problem.problems)} in this configuration that the page did not catch. Change a setting or press Reset; please report this as a bug.` };
    case 'unexpected':
      return { title: 'Something went wrong', body: `The trainer stopped with an error: ${problem.detail}. Your settings are kept; press Reset to try again.` };
    case 'restoreFailed':
      return { title: 'The model could not be loaded', body: `Its weights did not fit the network after all: ${problem.detail}. Press Reset to train this network from fresh weights; please report this as a bug.` };
    case 'workerStopped':
      return { title: 'The training worker stopped', body: `${problem.detail || 'It could not load.'} Reload the page to try again.` };
    case 'webglLost':
      return {
        title: 'The graphics card stopped (WebGL context lost)',
        body: `The browser took WebGL away mid-run, as happens after a graphics driver reset. Training moved to ${BACKEND_LABELS[problem.backend]}. `
          + 'Your settings are kept, but the weights lived on the graphics card, so they start afresh from the seed. Press Train to go on, or choose WebGL under Compute backend to try the graphics card again.',
      };
    case 'workerRestarted':
      return {
        title: 'The training worker crashed and was restarted',
        body: `${problem.detail ? `It stopped with: ${problem.detail}. ` : ''}A new one has started with all your settings; the weights start afresh from the seed. Press Train to go on.`,
      };
  }
}

export interface ProblemWords {
  backendLabels: Record<BackendName | 'auto', string>;
  backendReason(reason: BackendReason): string;
  dataProblem(problem: DataProblem): string;
  trainerProblem(problem: TrainerProblem): ProblemText;
}

export const problemWords: ProblemWords = {
  backendLabels: BACKEND_LABELS,
  backendReason: backendReasonText,
  dataProblem: dataProblemText,
  trainerProblem: trainerProblemText,
};
