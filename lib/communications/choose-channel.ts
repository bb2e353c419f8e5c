/** The ways a newsletter can reach someone. A phone call is a consent the portal holds but cannot send. */
export type SendChannel = "EMAIL" | "SMS" | "LETTER";

export type Reachable = {
  preferred: "EMAIL" | "SMS" | "PHONE" | "LETTER" | null;
  consents: readonly string[];
  email: string | null;
  phone: string | null;
  /** Has a home with a postal address on record. */
  hasAddress: boolean;
};

// Where nobody said which they prefer: the cheapest consented channel first.
const FALLBACK_ORDER: SendChannel[] = ["EMAIL", "SMS", "LETTER"];

const usable = (person: Reachable, channel: SendChannel) =>
  person.consents.includes(channel) &&
  (channel === "EMAIL" ? !!person.email : channel === "SMS" ? !!person.phone : person.hasAddress);

/**
 * How one person is reached: their preferred channel if they consented to it and we hold the address for it, else
 * another consented channel, else by post to their home. Null when none of these works (no consent to anything we
 * can send, and no postal address): they are counted as not reachable.
 */
export const chooseChannel = (person: Reachable): SendChannel | null => {
  const preferred = person.preferred === "PHONE" ? null : person.preferred;
  if (preferred && usable(person, preferred)) return preferred;
  const other = FALLBACK_ORDER.find((channel) => usable(person, channel));
  if (other) return other;
  return person.hasAddress ? "LETTER" : null;
};
