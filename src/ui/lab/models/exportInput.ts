/** A lab's session configuration as the export engine reads it, titled with the network's name. */
import type { ExportInput } from '../../../engine/export';
import type { SessionConfig } from '../../../workers/protocol';

export function exportInputOf(config: SessionConfig | null, title: string): ExportInput | null {
  if (!config) return null;
  return { model: config.model, task: config.task, training: { ...config.hyper }, seed: config.seed, title };
}
