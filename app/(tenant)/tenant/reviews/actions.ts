"use server";

import { redirect } from "next/navigation";
import { tenantFormAction } from "@/lib/actions/form-action";
import { addDraftComment } from "@/lib/reviews/add-draft-comment";
import { ZDraftComment } from "@/lib/reviews/schemas";

// The author is the signed-in tenant from the session; membership of the group is checked in the use case.
export const addDraftCommentAction = tenantFormAction({
  schema: ZDraftComment,
  run: (input, { user }) => addDraftComment({ actor: user, input }),
  done: (_comment, { reviewId }) => redirect(`/tenant/reviews/${reviewId}?commented=1#your-comments`),
});
