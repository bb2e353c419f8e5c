import type { Db, Tx } from "@/lib/db";
import type { RegistrationNeeds } from "./schemas";

/** The support the customer's record already says they need, in the shape a registration asks for. */
export const needsFromRecord = async (client: Db | Tx, customerId: string): Promise<RegistrationNeeds> => {
  const needs = await client.supportNeed.findMany({
    where: { customerId },
    select: { kind: true, language: true, interpreterNeeded: true },
  });
  const language = needs.find((n) => n.kind === "OTHER_LANGUAGE" && n.interpreterNeeded)?.language ?? undefined;
  const bsl = needs.some((n) => n.kind === "BSL");
  return {
    needsTransport: needs.some((n) => n.kind === "TRANSPORT"),
    needsHearingLoop: needs.some((n) => n.kind === "HEARING_LOOP"),
    interpreterLanguage: language ?? (bsl ? "British Sign Language" : undefined),
  };
};
