"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createCourse } from "@/lib/events/create-course";
import { ZCourseInput } from "@/lib/events/schemas";

export const createCourseAction = formAction(AREA_ROLES.staff, {
  schema: ZCourseInput,
  run: (input, user) => createCourse({ actor: user, input }),
  done: (_result, { title }) => {
    revalidatePath("/staff/events/courses");
    return {
      status: "ok",
      message: `The course "${title}" has been added. Add its sessions as training-session events.`,
    };
  },
});
