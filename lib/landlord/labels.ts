import type { AccessibilityStatus } from "@/lib/generated/prisma/enums";

/** The three compliance statuses the accessibility regulations' model statement uses. */
export const ACCESSIBILITY_STATUS_LABEL: Record<AccessibilityStatus, string> = {
  FULL: "Fully compliant",
  PARTIAL: "Partially compliant",
  NOT_COMPLIANT: "Not compliant",
};
