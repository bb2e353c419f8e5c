"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { ALL_ROLES } from "@/lib/auth/rules";
import { decideMonitoringReview } from "@/lib/monitoring/decide-review";
import { saveActionNote } from "@/lib/monitoring/save-action-note";
import { ZActionNote, ZMonitoringDecision } from "@/lib/monitoring/schemas";
import { addEvidence } from "@/lib/scrutiny/add-evidence";
import { addRecommendation } from "@/lib/scrutiny/add-recommendation";
import { castReportVote } from "@/lib/scrutiny/cast-report-vote";
import { reviseRecommendation } from "@/lib/scrutiny/revise-recommendation";
import { saveFindings } from "@/lib/scrutiny/save-findings";
import {
  ZEvidence,
  ZFindingsDraft,
  ZRecommendation,
  ZRecommendationRevision,
  ZReportVote,
} from "@/lib/scrutiny/schemas";

// Any signed-in person may post; each use case lets through only the group's current members and supporting
// officers, and answers everyone else with a 404, as for a made-up id.
const REVIEW_PAGE = "/tenant/groups/[id]/scrutiny/[reviewId]";
const MONITORING_PAGE = "/tenant/groups/[id]/monitoring";

const saved = (path: string, message: string) => () => {
  revalidatePath(path, "page");
  return { status: "ok" as const, message };
};

export const addPanelEvidenceAction = formAction(ALL_ROLES, {
  schema: ZEvidence,
  run: (input, user) => addEvidence({ actor: user, ...input }),
  done: saved(REVIEW_PAGE, "The evidence has been added."),
});

export const saveFindingsAction = formAction(ALL_ROLES, {
  schema: ZFindingsDraft,
  run: (input, user) => saveFindings({ actor: user, ...input }),
  done: saved(REVIEW_PAGE, "The findings have been saved."),
});

export const addPanelRecommendationAction = formAction(ALL_ROLES, {
  schema: ZRecommendation,
  run: (input, user) => addRecommendation({ actor: user, ...input }),
  done: saved(REVIEW_PAGE, "The recommendation has been added."),
});

export const reviseRecommendationAction = formAction(ALL_ROLES, {
  schema: ZRecommendationRevision,
  run: (input, user) => reviseRecommendation({ actor: user, ...input }),
  done: saved(REVIEW_PAGE, "The recommendation has been saved."),
});

export const castReportVoteAction = formAction(ALL_ROLES, {
  schema: ZReportVote,
  run: (input, user) => castReportVote({ actor: user, ...input }),
  done: (outcome) => {
    revalidatePath(REVIEW_PAGE, "page");
    return {
      status: "ok" as const,
      message: outcome.agreed ? "Your vote is recorded. The panel has agreed the report." : "Your vote is recorded.",
    };
  },
});

export const saveActionNoteAction = formAction(ALL_ROLES, {
  schema: ZActionNote,
  run: (input, user) => saveActionNote({ actor: user, ...input }),
  done: saved(MONITORING_PAGE, "The group's comment has been saved."),
});

export const decideMonitoringAction = formAction(ALL_ROLES, {
  schema: ZMonitoringDecision,
  run: (input, user) => decideMonitoringReview({ actor: user, ...input }),
  done: saved(MONITORING_PAGE, "The group's decision has been recorded."),
});
