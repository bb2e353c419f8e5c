import { z } from "zod";

export const ZLandlordSettings = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Enter the landlord's name")
    .max(120, "The landlord's name must be 120 characters or fewer"),
  regime: z.enum(["ENGLAND", "SCOTLAND"], "Choose whether the landlord reports in England or Scotland"),
});

export type LandlordSettings = z.infer<typeof ZLandlordSettings>;
