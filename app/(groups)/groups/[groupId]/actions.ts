"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { addOtherMember } from "@/lib/groups/add-other-member";
import { addGroupAction, closeGroupAction } from "@/lib/groups/group-actions";
import { recordAttendance, recordDecision, scheduleMeeting } from "@/lib/groups/meetings";
import { approveMinutes, publishMinutes, saveDraftMinutes } from "@/lib/groups/minutes";
import { publishPaper, uploadPaper } from "@/lib/groups/papers";
import { updateSpaceSettings } from "@/lib/groups/space-settings";
import {
  ZAddAction,
  ZAddOtherMember,
  ZApproveMinutes,
  ZAttendance,
  ZCloseAction,
  ZDecision,
  ZDraftMinutes,
  ZMeetingRef,
  ZPaperRef,
  ZReply,
  ZScheduleMeeting,
  ZSpaceSettings,
  ZStartThread,
  ZUploadPaper,
} from "@/lib/groups/space-schemas";
import { replyToThread, startThread } from "@/lib/groups/threads";
import { addDraftComment } from "@/lib/reviews/add-draft-comment";
import { ZDraftComment } from "@/lib/reviews/schemas";

/*
 * The group space's forms. Each use case checks the group access itself (lib/groups/space-access.ts), so a member
 * of another group posting here gets 404, as for a missing group.
 */
const roles = AREA_ROLES.groups;
const space = (groupId: string) => `/groups/${groupId}`;
const saved = (groupId: string, message: string) => {
  revalidatePath(space(groupId), "layout");
  return { status: "ok" as const, message };
};
/** As saved, for a change to what the public pages show (published minutes and papers, the group being public). */
const savedPublicly = (groupId: string, message: string) => {
  revalidatePublicPages();
  return saved(groupId, message);
};

export const addOtherMemberAction = formAction(roles, {
  schema: ZAddOtherMember,
  run: (input, user) => addOtherMember({ actor: user, ...input }),
  done: ({ accountCreated }, { groupId, name }) =>
    saved(
      groupId,
      accountCreated ? `${name} is a member and has been emailed a link to sign in.` : `${name} is a member.`,
    ),
});

export const spaceSettingsAction = formAction(roles, {
  schema: ZSpaceSettings,
  run: (input, user) => updateSpaceSettings({ actor: user, ...input }),
  done: (_r, { groupId }) => savedPublicly(groupId, "What the group shows has been saved."),
});

export const scheduleMeetingAction = formAction(roles, {
  schema: ZScheduleMeeting,
  run: (input, user) => scheduleMeeting({ actor: user, ...input }),
  done: (meeting, { groupId }) => {
    revalidatePath(space(groupId), "layout");
    redirect(`${space(groupId)}/meetings/${meeting.id}`);
  },
});

export const attendanceAction = formAction(roles, {
  schema: ZAttendance,
  run: (input, user) => recordAttendance({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "Attendance recorded."),
});

export const decisionAction = formAction(roles, {
  schema: ZDecision,
  run: (input, user) => recordDecision({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "Decision recorded."),
});

export const draftMinutesAction = formAction(roles, {
  schema: ZDraftMinutes,
  run: (input, user) => saveDraftMinutes({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "Draft minutes saved."),
});

export const approveMinutesAction = formAction(roles, {
  schema: ZApproveMinutes,
  run: (input, user) => approveMinutes({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "The minutes are approved. They can no longer be changed."),
});

export const publishMinutesAction = formAction(roles, {
  schema: ZMeetingRef,
  run: (input, user) => publishMinutes({ actor: user, ...input }),
  done: (_r, { groupId }) => savedPublicly(groupId, "The minutes are published."),
});

export const addActionAction = formAction(roles, {
  schema: ZAddAction,
  run: (input, user) => addGroupAction({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "Action added to the log."),
});

export const closeActionAction = formAction(roles, {
  schema: ZCloseAction,
  run: (input, user) => closeGroupAction({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "Action closed."),
});

export const uploadPaperAction = formAction(roles, {
  schema: ZUploadPaper,
  run: (input, user) => uploadPaper({ actor: user, ...input }),
  done: (_r, { groupId, title }) => saved(groupId, `"${title}" has been filed for members.`),
});

export const publishPaperAction = formAction(roles, {
  schema: ZPaperRef,
  run: (input, user) => publishPaper({ actor: user, ...input }),
  done: (_r, { groupId }) => savedPublicly(groupId, "The paper is published."),
});

export const startThreadAction = formAction(roles, {
  schema: ZStartThread,
  run: (input, user) => startThread({ actor: user, ...input }),
  done: (thread, { groupId }) => {
    revalidatePath(space(groupId), "layout");
    redirect(`${space(groupId)}/discussions/${thread.id}`);
  },
});

export const replyAction = formAction(roles, {
  schema: ZReply,
  run: (input, user) => replyToThread({ actor: user, ...input }),
  done: (_r, { groupId }) => saved(groupId, "Your reply has been added."),
});

// A draft sent to the group: the use case asks the groups' own membership check, so a councillor may comment and a
// member of another group gets 404.
export const addDraftCommentInSpaceAction = formAction(roles, {
  schema: ZDraftComment,
  run: (input, user) => addDraftComment({ actor: user, input }),
  done: ({ groupId }, { reviewId }) => redirect(`${space(groupId)}/drafts/${reviewId}?commented=1#your-comments`),
});
