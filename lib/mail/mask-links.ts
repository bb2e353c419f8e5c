/**
 * Reset and invitation links are keys to an account: the outbox shows where they point, never the token, so
 * nobody reading the outbox (an administrator, or someone at their screen) can use another person's link.
 */
export const maskAccountLinks = (text: string) =>
  text.replace(/(\/(?:reset-password|register\/invitation)\/)[\w-]+/g, "$1[hidden: only the recipient sees this link]");
