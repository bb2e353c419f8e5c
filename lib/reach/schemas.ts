import { z } from "zod";
import { optionalQueryParam } from "@/lib/forms";

/** The reach pages' financial year; a missing or unreadable year means the current one. */
export const ZReachQuery = z.object({ year: optionalQueryParam(z.coerce.number().int().min(2000).max(2100)) });
