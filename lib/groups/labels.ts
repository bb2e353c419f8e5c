import type { JoinRequestStatus } from "@/lib/generated/prisma/enums";

export const JOIN_REQUEST_STATUS_LABEL: Record<JoinRequestStatus, string> = {
  PENDING: "Waiting for an answer",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
};
