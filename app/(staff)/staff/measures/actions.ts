"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { closeRound } from "@/lib/surveys/close-round";
import { importResponses } from "@/lib/surveys/import-responses";
import { openRound } from "@/lib/surveys/open-round";
import { recordResponse } from "@/lib/surveys/record-response";
import { ZOfficerResponse, ZOpenRound, ZRoundRef } from "@/lib/surveys/schemas";
import { ZCsvUpload, ZUploadConfirmation } from "@/lib/uploads/schemas";
import { storeUpload } from "@/lib/uploads/upload-store";

export const openRoundAction = formAction(AREA_ROLES.staff, {
  schema: ZOpenRound,
  run: (input, user) => openRound({ actor: user, input }),
  done: ({ id }) => redirect(`/staff/measures/${id}`),
});

export const closeRoundAction = formAction(AREA_ROLES.staff, {
  schema: ZRoundRef,
  run: ({ roundId }, user) => closeRound({ actor: user, roundId }),
  done: (_result, { roundId }) => {
    revalidatePath(`/staff/measures/${roundId}`, "layout");
    redirect(`/staff/measures/${roundId}?closed=1`);
  },
});

export const enterResponseAction = formAction(AREA_ROLES.staff, {
  schema: ZOfficerResponse,
  run: ({ roundId, customerReference, method, collectedOn, screening, answers }, user) =>
    recordResponse({
      roundId,
      method,
      customerReference,
      collectedOn,
      enteredBy: user,
      answers: { screening, answers },
    }),
  done: (_result, { roundId }) => {
    revalidatePath(`/staff/measures/${roundId}`, "layout");
    return { status: "ok", message: "The response has been saved. You can enter the next one." };
  },
});

// The file goes to the upload store every import shares, so the officer confirms exactly what was checked.
export const uploadResponsesAction = formAction(AREA_ROLES.staff, {
  schema: ZRoundRef.and(ZCsvUpload),
  run: ({ file }) => storeUpload(file),
  done: (upload, { roundId }) => redirect(`/staff/measures/${roundId}/import?upload=${upload}`),
});

export const confirmResponsesImportAction = formAction(AREA_ROLES.staff, {
  schema: ZRoundRef.and(ZUploadConfirmation),
  run: ({ roundId, upload, digest }, user) =>
    importResponses({ actor: user, roundId, confirmation: { upload, digest } }),
  done: ({ count }, { roundId }) => {
    revalidatePath(`/staff/measures/${roundId}`, "layout");
    redirect(`/staff/measures/${roundId}?imported=${count}`);
  },
});
