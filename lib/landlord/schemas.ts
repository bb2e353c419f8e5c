import { z } from "zod";
import { requiredDate } from "@/lib/forms";

export const ZLandlordSettings = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Enter the landlord's name")
    .max(120, "The landlord's name must be 120 characters or fewer"),
  regime: z.enum(["ENGLAND", "SCOTLAND"], "Choose whether the landlord reports in England or Scotland"),
  requireSecondFactor: z
    .enum(["yes", "no"], "Choose whether staff and board members must use an authenticator app")
    .transform((answer) => answer === "yes"),
});

export type LandlordSettings = z.infer<typeof ZLandlordSettings>;

export const ZLocalHoliday = z.object({
  date: requiredDate("Enter the date of the holiday"),
  name: z.string().trim().min(2, "Enter what the holiday is, like Glasgow Fair Monday").max(80, "The name must be 80 characters or fewer"),
});

export const ZLocalHolidayRef = z.object({ date: requiredDate("Choose a holiday to remove") });
