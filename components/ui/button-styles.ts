/**
 * The two looks a button (or a link styled as one) can have. A page has at most one primary button, for its main
 * next step; every other action is secondary. Primary ones carry `data-primary`, so the end-to-end sweep can count
 * them on every page (tests/e2e/reflow.spec.ts).
 */
export const BUTTON_STYLES = {
  primary:
    "inline-block rounded bg-green-800 px-5 py-3 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900 focus:bg-yellow-400 focus:text-black focus:outline-4 focus:outline-yellow-400",
  secondary:
    "inline-block rounded border-2 border-gray-900 bg-white px-3 py-1 font-bold text-gray-900 underline hover:bg-gray-100 focus:bg-yellow-400 focus:outline-4 focus:outline-yellow-400",
} as const;

export type ButtonKind = keyof typeof BUTTON_STYLES;

/** The class and marker attributes for a button of this kind. */
export const buttonProps = (kind: ButtonKind) => ({
  className: BUTTON_STYLES[kind],
  ...(kind === "primary" && { "data-primary": "" }),
});
