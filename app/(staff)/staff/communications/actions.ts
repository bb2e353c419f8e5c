"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { createCommunication } from "@/lib/communications/create-communication";
import { changeSection, saveSection } from "@/lib/communications/edit-sections";
import { chooseCards } from "@/lib/communications/choose-cards";
import { communicationInput, ZCardsInput, ZSectionChange, ZSectionInput } from "@/lib/communications/schemas";
import { sendCommunication } from "@/lib/communications/send-communication";
import { ZConfirmed } from "@/lib/confirm";
import { env } from "@/lib/env";

export const createCommunicationAction = formAction(AREA_ROLES.staff, {
  schema: communicationInput(env.APP_URL),
  run: (input, user) => createCommunication({ actor: user, input }),
  done: ({ id }) => redirect(`/staff/communications/${id}`),
});

export const sendCommunicationAction = formAction(AREA_ROLES.staff, {
  schema: ZConfirmed.extend({
    communicationId: z.string().min(1).max(50),
    expectedTotal: z.coerce.number().int().min(0).max(10_000_000),
  }),
  run: ({ communicationId, expectedTotal }, user) => sendCommunication({ actor: user, communicationId, expectedTotal }),
  done: (_counts, { communicationId }) => {
    revalidatePath(`/staff/communications/${communicationId}`);
    revalidatePublicPages();
    redirect(`/staff/communications/${communicationId}`);
  },
});

export const saveSectionAction = formAction(AREA_ROLES.staff, {
  schema: ZSectionInput,
  run: (input, user) => saveSection({ actor: user, input }),
  done: ({ id }) => {
    revalidatePath(`/staff/communications/${id}`);
    redirect(`/staff/communications/${id}#sections`);
  },
});

export const changeSectionAction = formAction(AREA_ROLES.staff, {
  schema: ZSectionChange,
  run: (input, user) => changeSection({ actor: user, ...input }),
  done: ({ id }) => {
    revalidatePath(`/staff/communications/${id}`);
    redirect(`/staff/communications/${id}#sections`);
  },
});

export const chooseCardsAction = formAction(AREA_ROLES.staff, {
  schema: ZCardsInput,
  run: ({ communicationId, cards }, user) => chooseCards({ actor: user, communicationId, kinds: cards }),
  done: ({ id }) => {
    revalidatePath(`/staff/communications/${id}`);
    redirect(`/staff/communications/${id}#cards`);
  },
});
