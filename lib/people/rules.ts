import type { ContactChannel } from "@/lib/generated/prisma/enums";

/** "nv12ab" and "NV1 2AB" are the same postcode: upper case, one space before the last three characters. */
export const normalisePostcode = (postcode: string) => {
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
};

export const UK_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;

/** Which consents to add and which to withdraw; unchanged ones keep their original date. */
export const consentChanges = (current: ContactChannel[], wanted: ContactChannel[]) => ({
  add: wanted.filter((channel) => !current.includes(channel)),
  remove: current.filter((channel) => !wanted.includes(channel)),
});

/** A preferred channel the customer has not agreed to could never be used. */
export const preferredChannelProblem = (preferred: ContactChannel | undefined, channels: ContactChannel[]) =>
  preferred && !channels.includes(preferred) ? "Choose a preferred way that you have agreed to above" : undefined;

/** How long an invitation link to an account works, for a customer or someone in their household. */
export const INVITATION_DAYS = 14;
