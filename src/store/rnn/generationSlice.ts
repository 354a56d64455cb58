/**
 * Text generation for the "Your own text" task: the seed, temperature and length the user chose,
 * and the latest text the model wrote (with the probability it gave each character).
 */
import type { StateCreator } from 'zustand';
import type { GenerationProblem, SessionMessage } from '../../workers/protocol';
import type { RnnLabState } from './rnnLabStore';

export { MAX_GENERATION_LENGTH } from '../../workers/protocol';

export const DEFAULT_TEMPERATURE = 0.8;
export const DEFAULT_GENERATE_LENGTH = 200;
/**
 * The longest seed, in characters, that Generate reads (and a link keeps). The model reads a seed one
 * character per step before it writes, so a pasted page as a seed would keep it busy for minutes.
 */
export const MAX_SEED_TEXT = 200;

export interface Generation {
  requestId: number;
  /** The training step of the weights that wrote it. */
  step: number;
  seedText: string;
  characters: string[];
  probabilities: Float32Array;
  unknownSeedCharacters: number;
}

export interface GenerationSlice {
  seedText: string;
  temperature: number;
  generateLength: number;
  /** The request in flight, if any, and the seed it was sent with. */
  generating: number | null;
  generatingSeed: string;
  generation: Generation | null;
  generationProblem: GenerationProblem | { code: 'emptySeed' } | { code: 'seedTooLong' } | null;
  setGenerationOptions(patch: Partial<Pick<GenerationSlice, 'seedText' | 'temperature' | 'generateLength'>>): void;
  generate(): void;
  clearGeneration(): void;
}

export const createGenerationSlice: StateCreator<RnnLabState, [], [], GenerationSlice> = (set, get) => {
  let nextRequestId = 1;
  return {
    seedText: '',
    temperature: DEFAULT_TEMPERATURE,
    generateLength: DEFAULT_GENERATE_LENGTH,
    generating: null,
    generatingSeed: '',
    generation: null,
    generationProblem: null,
    setGenerationOptions(patch) {
      set(patch);
    },
    generate() {
      const { seedText, temperature, generateLength, configured, send, slot, sessionId, seed } = get();
      if (!configured) {
        set({ generationProblem: { code: 'notReady' } });
        return;
      }
      const seedLength = Array.from(seedText).length;
      if (seedLength === 0 || seedLength > MAX_SEED_TEXT) {
        set({ generationProblem: { code: seedLength === 0 ? 'emptySeed' : 'seedTooLong' } });
        return;
      }
      const requestId = nextRequestId++;
      // Each press draws new text; the sampling seed follows the lab's seed so a run can be repeated.
      send({ type: 'generate', slot, sessionId, requestId, request: { seedText, temperature, length: generateLength, seed: seed * 100_003 + requestId } });
      set({ generating: requestId, generatingSeed: seedText, generationProblem: null });
    },
    clearGeneration() {
      set({ generating: null, generation: null, generationProblem: null });
    },
  };
};

type Set = (partial: Partial<RnnLabState>) => void;

/** Folds the worker's answers to Generate into the store; false for any other message. */
export function applyGenerationMessage(message: SessionMessage, get: () => RnnLabState, set: Set): boolean {
  if (message.type === 'generated') {
    const { generating, generation } = get();
    // Answers can overtake each other: one older than the request in flight, or than the text shown, is dropped.
    if (message.requestId < (generating ?? generation?.requestId ?? 0)) return true;
    set({
      generating: null, generationProblem: null,
      generation: {
        requestId: message.requestId, step: message.step, seedText: get().generatingSeed, characters: message.characters,
        probabilities: message.probabilities, unknownSeedCharacters: message.unknownSeedCharacters,
      },
    });
    return true;
  }
  if (message.type === 'generationRefused') {
    set({ generating: null, generationProblem: message.problem });
    return true;
  }
  return false;
}
