/**
 * Reset and invitation links are keys to an account: the outbox shows where they point, never the token, so
 * nobody reading the outbox (an administrator, or someone at their screen) can use another person's link.
 * The pattern is written once for JavaScript and PostgreSQL (both read `\w` and `(?:...)` the same way), so the
 * outbox search matches exactly the text the outbox shows.
 */
export const ACCOUNT_LINK_PATTERN = String.raw`(/(?:reset-password|register/invitation)/)[\w-]+`;
export const HIDDEN_TOKEN = "[hidden: only the recipient sees this link]";

export const maskAccountLinks = (text: string) =>
  text.replace(new RegExp(ACCOUNT_LINK_PATTERN, "g"), `$1${HIDDEN_TOKEN}`);
