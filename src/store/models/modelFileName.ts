/** The file name a saved model downloads as: its name made safe for every file system, with the playground's extension. */
export const MODEL_FILE_EXTENSION = '.cnnrnn';

export function modelFileName(name: string): string {
  const printable = Array.from(name.normalize('NFC'), (c) => (c.charCodeAt(0) < 32 || c === '\u007f' ? '-' : c)).join('');
  const safe = printable
    // Characters Windows, macOS or Linux refuse in names, and separators.
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/[\s·]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${safe || 'model'}${MODEL_FILE_EXTENSION}`;
}
