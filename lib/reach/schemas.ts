import { z } from "zod";
import { ZAudience } from "@/lib/consultations/schemas";
import { optionalQueryParam } from "@/lib/forms";

/** The reach pages' financial year; a missing or unreadable year means the current one. */
export const ZReachQuery = z.object({ year: optionalQueryParam(z.coerce.number().int().min(2000).max(2100)) });

/**
 * "Invite to an event" as posted: the event chosen and the seldom-heard group's audience, carried as the query string
 * the reach page linked with and read by the consultation's audience schema.
 */
export const ZEventInvitation = z.object({
  eventId: z.string("Choose an event").min(1, "Choose an event").max(50, "Choose an event from the list"),
  audience: z
    .string()
    .max(4000)
    .transform((query) => {
      const params = new URLSearchParams(query);
      return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])) as unknown;
    })
    .pipe(ZAudience)
    .refine(
      (audience) => Object.values(audience).some((list) => list.length > 0),
      "Choose a group from the reach page",
    ),
});
