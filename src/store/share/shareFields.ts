/**
 * Reading a shared configuration one field at a time: whatever a link (or local storage) holds is
 * untrusted, so each field is checked against the same rules the page's own controls enforce, and
 * a field that fails falls back to its default and is named in the notice.
 */
import { isAllowed, type NumberRule } from '../fieldRules';

/** The settings a notice can name (the UI words them). */
export type SharedField =
  | 'preset' | 'hyper' | 'layers' | 'init' | 'learningRate' | 'batchSize' | 'optimizer' | 'l2' | 'expandedData'
  | 'clipping' | 'clipThreshold' | 'seed' | 'input' | 'task' | 'network' | 'example'
  | 'seedText' | 'temperature' | 'generateLength'
  | 'grids' | 'stride' | 'padding' | 'dilation' | 'activation' | 'flip' | 'position' | 'poolType' | 'windowSize'
  | 'architecture' | 'inputSize' | 'widthMultiplier';

export type SharedObject = Record<string, unknown>;

export const isObject = (value: unknown): value is SharedObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects what had to be replaced while reading. */
export class FieldReader {
  readonly replaced: SharedField[] = [];

  constructor(private readonly source: SharedObject) {}

  /** The raw value of a key, or undefined when the source does not have it. */
  raw(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.source, key) ? this.source[key] : undefined;
  }

  /** Marks a field as replaced by its default (only when the source said something about it). */
  replace<T>(field: SharedField, fallback: T, key: string = field): T {
    if (this.raw(key) !== undefined && !this.replaced.includes(field)) this.replaced.push(field);
    return fallback;
  }

  number(field: SharedField, rule: NumberRule, fallback: number, key: string = field): number {
    const value = this.raw(key);
    return isAllowed(value, rule) ? value : this.replace(field, fallback, key);
  }

  boolean(field: SharedField, fallback: boolean, key: string = field): boolean {
    const value = this.raw(key);
    return typeof value === 'boolean' ? value : this.replace(field, fallback, key);
  }

  choice<T extends string>(field: SharedField, options: readonly T[], fallback: T, key: string = field): T {
    const value = this.raw(key);
    return options.includes(value as T) ? (value as T) : this.replace(field, fallback, key);
  }

  string(field: SharedField, maxLength: number, fallback: string, key: string = field): string {
    const value = this.raw(key);
    return typeof value === 'string' && value.length <= maxLength ? value : this.replace(field, fallback, key);
  }

  /** A structured value: `read` returns null when it cannot use what it is given. */
  parse<T>(field: SharedField, read: (value: unknown) => T | null, fallback: T, key: string = field): T {
    const value = this.raw(key);
    if (value === undefined) return fallback;
    const parsed = read(value);
    return parsed === null ? this.replace(field, fallback, key) : parsed;
  }
}
