/**
 * The number-field half of the bad input corpus (badInput.spec.ts): what each odd value typed into a
 * field should make the field say, written out from the rules the page states, so a test can type
 * every value into every field of a screen and read back exactly what a user would read.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** What the field says is wrong, in the page's own categories. */
type Refusal = 'empty' | 'notANumber' | 'notWhole' | 'outOfRange' | 'belowOrNotWhole';

export interface NumberFieldCase {
  /** The field's accessible name, which its message also names. */
  label: string;
  /** Where the field is, when the label alone is not unique on the screen. */
  within?: (page: Page) => Locator;
  /** The allowed values as the message words them, e.g. "a whole number from 1 to 1,024". */
  range: string;
  /** The odd values typed and how each must be refused. */
  typed: [string, Refusal][];
}

/**
 * The odd values every whole-number field must refuse, for a field whose smallest allowed value is
 * `min`: nothing, negative, below the minimum, huge, words, a fraction inside the range, and 1e-400
 * (a fraction too, though a double rounds it to 0).
 */
export function wholeNumberOddities(min: number): [string, Refusal][] {
  return [
    ['', 'empty'], ['-1', 'outOfRange'], ...(min >= 1 ? [['0', 'outOfRange'] as [string, Refusal]] : []),
    ...(min >= 2 ? [[String(min - 1), 'outOfRange'] as [string, Refusal]] : []), ['1e10', 'outOfRange'],
    ['abc', 'notANumber'], ['NaN', 'notANumber'], [`${min}.5`, 'notWhole'], ['1e-400', min >= 1 ? 'belowOrNotWhole' : 'notWhole'],
  ];
}

/** A whole-number field, its odd values worked out from its range ("a whole number from 1 to 1,024"). */
export function wholeNumberField(label: string, range: string, within?: NumberFieldCase['within']): NumberFieldCase {
  const min = Number(/from (-?[\d,]+) to/.exec(range)![1]!.replace(/,/g, ''));
  return { label, range, typed: wholeNumberOddities(min), ...(within ? { within } : {}) };
}

/** The odd values every field of a positive number (above a minimum greater than 1e-400) must refuse. */
export const positiveNumberOddities: [string, Refusal][] = [
  ['', 'empty'], ['-1', 'outOfRange'], ['0', 'outOfRange'], ['1e9', 'outOfRange'], ['abc', 'notANumber'], ['NaN', 'notANumber'],
  ['1e-400', 'outOfRange'], ['Infinity', 'notANumber'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The message a refused value gets, as the page words it (see content/en.ts, `field.problem`). */
function message(refusal: Refusal, typed: string, label: string, range: string, kept: string): RegExp {
  const rule = `${escape(label)} takes ${escape(range)}\\. Still using ${escape(kept)}\\.`;
  const quoted = `“${escape(typed)}”`;
  switch (refusal) {
    case 'empty':
      return new RegExp(`^${escape(label)} needs a value: ${escape(range)}\\. Still using ${escape(kept)}\\.$`);
    case 'notANumber':
      return new RegExp(`^${quoted} is not a number\\. ${rule}$`);
    case 'notWhole':
      return new RegExp(`^${quoted} is not a whole number\\. ${rule}$`);
    case 'outOfRange':
      return new RegExp(`^${quoted} is outside the allowed range\\. ${rule}$`);
    case 'belowOrNotWhole':
      return new RegExp(`^${quoted} is (outside the allowed range|not a whole number)\\. ${rule}$`);
  }
}

/**
 * Types each odd value into the field and commits it with Enter: the field must keep the typed text
 * and say what is wrong and what it takes (its accessible description, which screen readers read). Then, once per field: leaving it commits the last odd
 * value (still refused, still shown), and Escape brings back the value in use. Returns how many
 * values were typed.
 */
export async function typeOddValues(page: Page, field: NumberFieldCase): Promise<number> {
  const input = (field.within ? field.within(page) : page).getByLabel(field.label, { exact: true });
  await input.scrollIntoViewIfNeeded();
  const kept = await input.inputValue();
  for (const [typed, refusal] of field.typed) {
    const what = `${field.label} ← “${typed}”`;
    await input.fill(typed);
    // The focus is in the field after fill: Enter from the keyboard commits it.
    await page.keyboard.press('Enter');
    // The message quotes the field's own text, so it also shows the typed text was kept.
    await expect(input, what).toHaveAccessibleDescription(message(refusal, typed, field.label, field.range, kept));
  }
  await input.blur();
  await expect(input, field.label).toHaveAttribute('aria-invalid', 'true');
  await expect(input, field.label).toHaveValue(field.typed.at(-1)![0]);
  await input.press('Escape');
  await expect(input, field.label).toHaveValue(kept);
  await expect(input, field.label).not.toHaveAttribute('aria-invalid', 'true');
  return field.typed.length;
}
