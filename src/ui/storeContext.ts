/**
 * Gives components their stores: the shell (shared by every screen) and the lab they sit in.
 * Hooks select the smallest piece a component needs.
 */
import type { StoreApi } from 'zustand';
import type { ShellState } from '../store/shellStore';
import type { TrainingSlice } from '../store/lab/trainingSlice';
import type { ModelFileSlice } from '../store/models/modelFileSlice';
import { createStoreContext } from './createStoreContext';

const shell = createStoreContext<ShellState>('the shell store');
export const ShellContext = shell.Context;
export const useShellStore = shell.useStoreApi;
export const useShell = shell.useSelector;

/** The parts every lab's store shares (training, saving and loading), for the components both labs use (ui/lab/). */
export type LabState = TrainingSlice & ModelFileSlice;
export type LabStore = StoreApi<LabState>;
const lab = createStoreContext<LabState>('a lab store');
export const LabContext = lab.Context;
export const useLabStore = lab.useStoreApi;
export const useLab = lab.useSelector;
