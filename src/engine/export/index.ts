/**
 * The "Export code" engine: the network a lab shows as runnable Keras 3 (Python) and TensorFlow.js
 * (Node) code, and where the app's choices differ from those libraries' defaults. Pure string
 * work over the specs (no tfjs at run time), so the UI may call it directly.
 */
export type { ExportInput, ExportLanguage, ExportNote, ExportNoteCode, NoteScope } from './exportTypes';
export { exportKeras } from './kerasCode';
export { exportTfjs } from './tfjsCode';
export { exportNotes } from './exportNotes';
export { exportFileName } from './exportFileName';
