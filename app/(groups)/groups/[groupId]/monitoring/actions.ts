"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { decideMonitoringReview } from "@/lib/monitoring/decide-review";
import { saveActionNote } from "@/lib/monitoring/save-action-note";
import { ZActionNote, ZMonitoringDecision } from "@/lib/monitoring/schemas";

// Anyone who may enter group spaces may post; the use cases let through only the strategy's monitoring group's
// current members and supporting officers, and answer everyone else with a 404, as for a made-up id.
const saved = (message: string) => () => {
  revalidatePath("/groups/[groupId]/monitoring", "page");
  return { status: "ok" as const, message };
};

export const saveActionNoteAction = formAction(AREA_ROLES.groups, {
  schema: ZActionNote,
  run: (input, user) => saveActionNote({ actor: user, ...input }),
  done: saved("The group's comment has been saved."),
});

export const decideMonitoringAction = formAction(AREA_ROLES.groups, {
  schema: ZMonitoringDecision,
  run: (input, user) => decideMonitoringReview({ actor: user, ...input }),
  done: saved("The group's decision has been recorded."),
});
