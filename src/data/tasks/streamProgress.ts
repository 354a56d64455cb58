/** Saving and resuming tasks whose training data is one endless random stream (generated tasks, texts). */
import { isRandomState, type RandomStream } from '../random';
import type { TaskProgress } from './taskTypes';

export const streamProgress = (stream: RandomStream): TaskProgress => ({ kind: 'stream', random: stream.getState() });

/** Puts the stream where `progress` says; false (and nothing changes) for progress of another kind. */
export function restoreStream(stream: RandomStream, progress: TaskProgress): boolean {
  if (progress?.kind !== 'stream' || !isRandomState(progress.random)) return false;
  stream.setState(progress.random);
  return true;
}
