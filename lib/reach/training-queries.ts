import { db } from "@/lib/db";
import type { Asker } from "./training-requests";

/** The course list and what this person has already asked for. */
export const listCoursesAndWishes = async (asker: Asker) => {
  const [courses, wishes] = await Promise.all([
    db.trainingCourse.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.trainingRequest.findMany({
      where: asker,
      orderBy: { createdAt: "asc" },
      select: { id: true, ownWords: true, invitedAt: true, course: { select: { title: true } } },
    }),
  ]);
  return { courses, wishes };
};
