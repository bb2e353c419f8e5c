import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { groupAccessOrNotFound, type GroupActor } from "./space-access";

/*
 * The group's discussions: any member (or officer) starts a thread or replies. Members' own words in their own
 * space, so not audited as staff changes are; each post keeps its author and time.
 */

type Start = { actor: GroupActor; groupId: string; title: string; body: string };

export const startThread = async ({ actor, groupId, title, body }: Start) =>
  db.$transaction(async (tx) => {
    await groupAccessOrNotFound(actor, groupId, new Date(), tx);
    return tx.groupThread.create({
      data: { groupId, title, authorId: actor.id, posts: { create: { authorId: actor.id, body } } },
      select: { id: true },
    });
  });

type Reply = { actor: GroupActor; groupId: string; threadId: string; body: string };

export const replyToThread = async ({ actor, groupId, threadId, body }: Reply) =>
  db.$transaction(async (tx) => {
    await groupAccessOrNotFound(actor, groupId, new Date(), tx);
    if (!(await tx.groupThread.count({ where: { id: threadId, groupId } }))) throw notFoundError("discussion");
    return tx.groupPost.create({ data: { threadId, authorId: actor.id, body }, select: { id: true } });
  });
