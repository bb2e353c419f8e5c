import { db } from "@/lib/db";
import { paperHref } from "./papers";

/*
 * What a group shows the public: only when the group is public (its space's minutesPublic, set by officers), and
 * then only minutes the group approved and then published, and papers it published. Members-only papers and draft
 * or merely approved minutes never leave the group space, whoever asks.
 */

const PUBLIC_GROUP = { space: { minutesPublic: true } } as const;

/** The public groups that have something published, by name: the index of "Group minutes and papers". */
export const listPublicGroups = () =>
  db.group.findMany({
    where: {
      ...PUBLIC_GROUP,
      OR: [
        { papers: { some: { publishedAt: { not: null } } } },
        { meetings: { some: { minutes: { state: "PUBLISHED" } } } },
      ],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, type: true, description: true },
  });

/** One public group's published minutes (newest meeting first) and papers, or null if the group is not public. */
export const getPublicGroupRecords = async (groupId: string) => {
  const group = await db.group.findFirst({
    where: { id: groupId, ...PUBLIC_GROUP },
    select: {
      id: true,
      name: true,
      type: true,
      description: true,
      meetings: {
        where: { minutes: { state: "PUBLISHED" } },
        orderBy: { startsAt: "desc" },
        select: { id: true, title: true, startsAt: true, minutes: { select: { text: true, publishedAt: true } } },
      },
      papers: {
        where: { publishedAt: { not: null } },
        orderBy: { publishedAt: "desc" },
        select: { id: true, groupId: true, title: true, publishedAt: true, meeting: { select: { title: true } } },
      },
    },
  });
  if (!group) return null;
  return {
    ...group,
    meetings: group.meetings.flatMap(({ minutes, ...meeting }) => (minutes ? [{ ...meeting, minutes }] : [])),
    papers: group.papers.map((paper) => ({ ...paper, href: paperHref(paper) })),
  };
};
