"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { saveJargonTerm } from "@/lib/strategy/save-jargon-term";
import { ZJargonTerm } from "@/lib/strategy/schemas";

export const saveJargonTermAction = formAction(AREA_ROLES.staff, {
  schema: ZJargonTerm,
  run: (input, user) => saveJargonTerm({ actor: user, ...input }),
  done: (_, { term }) => {
    revalidatePath("/staff/strategy/jargon");
    revalidatePublicPages();
    return { status: "ok", message: `"${term}" has been saved in the jargon buster.` };
  },
});
