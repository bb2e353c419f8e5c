"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
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
const REVIEW_PAGE = "/groups/[groupId]/scrutiny/[reviewId]";

const saved = (message: string) => () => {
  revalidatePath(REVIEW_PAGE, "page");
  return { status: "ok" as const, message };
};

export const addPanelEvidenceAction = formAction(AREA_ROLES.groups, {
  schema: ZEvidence,
  run: (input, user) => addEvidence({ actor: user, ...input }),
  done: saved("The evidence has been added."),
});

export const saveFindingsAction = formAction(AREA_ROLES.groups, {
  schema: ZFindingsDraft,
  run: (input, user) => saveFindings({ actor: user, ...input }),
  done: saved("The findings have been saved."),
});

export const addPanelRecommendationAction = formAction(AREA_ROLES.groups, {
  schema: ZRecommendation,
  run: (input, user) => addRecommendation({ actor: user, ...input }),
  done: saved("The recommendation has been added."),
});

export const reviseRecommendationAction = formAction(AREA_ROLES.groups, {
  schema: ZRecommendationRevision,
  run: (input, user) => reviseRecommendation({ actor: user, ...input }),
  done: saved("The recommendation has been saved."),
});

export const castReportVoteAction = formAction(AREA_ROLES.groups, {
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
