import { z } from "zod";
import { SERVICE_CHANNELS } from "@/lib/annual-report/rules";

const CHANNELS = SERVICE_CHANNELS.map(({ key }) => key) as [string, ...string[]];

export const ZServiceStandard = z.object({
  channel: z.enum(CHANNELS, { message: "Choose a way customers contact us" }),
  promise: z
    .string()
    .trim()
    .min(1, "Write the standard, such as: we answer calls within 40 seconds")
    .max(300, "Keep the standard to 300 characters or fewer"),
  kpiCode: z.string().trim().max(20, "Choose a KPI from the list").default(""),
});
