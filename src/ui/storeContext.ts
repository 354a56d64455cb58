/**
 * Gives components their stores: the shell (shared by every screen) and the lab they sit in.
 * Hooks select the smallest piece a component needs.
 */
import type { StoreApi } from 'zustand';
import type { ShellState } from '../store/shellStore';
import type { TrainingSlice } from '../store/lab/trainingSlice';
import { createStoreContext } from './createStoreContext';

const shell = createStoreContext<ShellState>('the shell store');
export const ShellContext = shell.Context;
export const useShellStore = shell.useStoreApi;
export const useShell = shell.useSelector;

/** The training part every lab's store shares, for the components both labs use (ui/lab/). */
export type LabStore = StoreApi<TrainingSlice>;
const lab = createStoreContext<TrainingSlice>('a lab store');
export const LabContext = lab.Context;
export const useLabStore = lab.useStoreApi;
export const useLab = lab.useSelector;
