/**
 * What can go wrong while downloading MNIST, as codes with their numbers. The data layer never
 * words a problem: the UI says it in the reader's language (content/).
 */
export type DataProblem =
  | { code: 'manifestUnreachable'; detail: string }
  | { code: 'manifestMissing'; status: number }
  | { code: 'manifestCorrupt'; part: 'version' | 'sizes' | 'shard' | 'overrun' | 'json' }
  | { code: 'shardUnreachable'; file: string; detail: string }
  | { code: 'shardMissing'; file: string; status: number }
  | { code: 'shardTruncated'; file: string; bytes: number; expected: number }
  | { code: 'shardNotGzip'; file: string }
  | { code: 'shardCorrupt'; file: string; detail: string }
  | { code: 'shardWrongShape'; file: string; found: number[]; expected: number[] }
  | { code: 'shardBadLabel'; file: string; label: number };

/** Thrown by the loader; `problem` is what the UI shows. */
export class DataError extends Error {
  constructor(readonly problem: DataProblem) {
    // The message is for developer logs only; users see the worded problem.
    super(`MNIST data: ${JSON.stringify(problem)}`);
  }
}

/** The file name at the end of a URL, which is all a learner needs to know about it. */
export function fileNameOf(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
