"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addCommitment } from "@/lib/strategy/add-commitment";
import { addObjective } from "@/lib/strategy/add-objective";
import { addPriority } from "@/lib/strategy/add-priority";
import { approveStrategy } from "@/lib/strategy/approve-strategy";
import { createActionPlan } from "@/lib/strategy/create-action-plan";
import { linkConsultation } from "@/lib/strategy/link-consultation";
import { removeStrategyPart } from "@/lib/strategy/remove-strategy-part";
import { saveEqualityAssessment } from "@/lib/strategy/save-equality-assessment";
import {
  ZActionPlan,
  ZApproval,
  ZCommitment,
  ZConsultation,
  ZConsultationLink,
  ZEqualityAssessment,
  ZObjective,
  ZPriority,
  ZReviewSettings,
  ZStrategyEdit,
  ZStrategyPartRemoval,
  ZStrategyRef,
} from "@/lib/strategy/schemas";
import { sendToConsultation } from "@/lib/strategy/send-to-consultation";
import { startNewDraft } from "@/lib/strategy/start-new-draft";
import { updateReviewSettings } from "@/lib/strategy/update-review-settings";
import { setMonitoringGroup } from "@/lib/monitoring/set-monitoring-group";
import { ZMonitoringGroup } from "@/lib/monitoring/schemas";
import { updateStrategy } from "@/lib/strategy/update-strategy";

const saved = (strategyId: string, message: string): FormState => {
  revalidatePath(`/staff/strategy/${strategyId}`);
  return { status: "ok", message };
};

export const updateStrategyAction = formAction(AREA_ROLES.staff, {
  schema: ZStrategyEdit,
  run: ({ strategyId, ...details }, user) => updateStrategy({ actor: user, strategyId, details }),
  done: (_, { strategyId }) => redirect(`/staff/strategy/${strategyId}?done=updated`),
});

export const addObjectiveAction = formAction(AREA_ROLES.staff, {
  schema: ZObjective,
  run: ({ strategyId, objectiveTitle }, user) => addObjective({ actor: user, strategyId, title: objectiveTitle }),
  done: (_, { strategyId }) => saved(strategyId, "The objective has been added."),
});

export const addPriorityAction = formAction(AREA_ROLES.staff, {
  schema: ZPriority,
  run: ({ strategyId, objectiveId, priorityTitle }, user) =>
    addPriority({ actor: user, strategyId, objectiveId, title: priorityTitle }),
  done: (priority, { strategyId }) => saved(strategyId, `Strategic Priority ${priority.number} has been added.`),
});

export const addCommitmentAction = formAction(AREA_ROLES.staff, {
  schema: ZCommitment,
  run: ({ strategyId, priorityId, commitment }, user) =>
    addCommitment({ actor: user, strategyId, priorityId, text: commitment }),
  done: (_, { strategyId }) => saved(strategyId, "The commitment has been added."),
});

export const removeStrategyPartAction = formAction(AREA_ROLES.staff, {
  schema: ZStrategyPartRemoval,
  run: ({ strategyId, part }, user) => removeStrategyPart({ actor: user, strategyId, part }),
  done: ({ removed }, { strategyId }) => saved(strategyId, `Removed: ${removed}`),
});

export const linkConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZConsultationLink,
  run: ({ strategyId, consultationId }, user) => linkConsultation({ actor: user, strategyId, consultationId }),
  done: (_, { strategyId, consultationId }) =>
    saved(strategyId, consultationId ? "The consultation has been linked." : "The consultation link has been removed."),
});

export const saveEqualityAction = formAction(AREA_ROLES.staff, {
  schema: ZEqualityAssessment,
  run: ({ strategyId, ...fields }, user) => saveEqualityAssessment({ actor: user, strategyId, fields }),
  done: (_, { strategyId }) => saved(strategyId, "The equality impact assessment has been saved."),
});

export const sendToConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZConsultation,
  run: (input, user) => sendToConsultation({ actor: user, ...input }),
  done: (_, { strategyId }) => redirect(`/staff/strategy/${strategyId}?done=consultation`),
});

export const approveStrategyAction = formAction(AREA_ROLES.staff, {
  schema: ZApproval,
  run: (input, user) => approveStrategy({ actor: user, ...input }),
  done: (_, { strategyId }) => {
    revalidatePath("/", "layout");
    redirect(`/staff/strategy/${strategyId}?done=approved`);
  },
});

export const startNewDraftAction = formAction(AREA_ROLES.staff, {
  schema: ZStrategyRef,
  run: ({ strategyId }, user) => startNewDraft({ actor: user, strategyId }),
  done: (draft) => redirect(`/staff/strategy/${draft.id}?done=draft`),
});

export const updateReviewSettingsAction = formAction(AREA_ROLES.staff, {
  schema: ZReviewSettings,
  run: (settings, user) => updateReviewSettings({ actor: user, settings }),
  done: (_, { strategyId }) => saved(strategyId, "The review dates have been saved."),
});

export const setMonitoringGroupAction = formAction(AREA_ROLES.staff, {
  schema: ZMonitoringGroup,
  run: (input, user) => setMonitoringGroup({ actor: user, ...input }),
  done: (_, { strategyId }) => saved(strategyId, "The monitoring group has been saved."),
});

export const createActionPlanAction = formAction(AREA_ROLES.staff, {
  schema: ZActionPlan,
  run: (input, user) => createActionPlan({ actor: user, ...input }),
  done: (plan) => redirect(`/staff/strategy/plans/${plan.id}`),
});
