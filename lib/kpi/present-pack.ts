import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildPackContent, unexplainedExceptions } from "./pack";
import { latestCompleteQuarter, quarterKey } from "./rules";
import { PACK_PRESENTED } from "./save-pack-commentary";
import type { Quarter } from "@/lib/uk-time";

type Options = {
  actor: Actor;
  quarter: Quarter;
  signOff: { signedOffBy: string; signedOffOn: Date; minuteRef: string; unexplained?: string | null };
  now?: Date;
};

/**
 * Records the board's sign-off and freezes the pack: every figure, target, status and commentary is stored as
 * it is now, so later corrections to the data never change what the board was given. The conditional update
 * means two officers presenting at once cannot both succeed.
 */
export const presentPack = async ({ actor, quarter, signOff, now = new Date() }: Options) => {
  const latest = latestCompleteQuarter(now);
  if (quarterKey(quarter) > quarterKey(latest))
    throw new DomainError("Only a finished quarter's pack can be presented.");
  const content = await buildPackContent(quarter, now);
  const unexplained = unexplainedExceptions(content);
  if (unexplained.length > 0 && !signOff.unexplained)
    throw new DomainError(
      `Every exception needs commentary before sign-off, or a note of why it has none. Without commentary: ${unexplained.map((tile) => tile.code).join(", ")}.`,
      { unexplained: "Say why these exceptions have no commentary, or add their commentary first" },
    );
  const { unexplained: note, ...record } = signOff;
  const snapshot = {
    ...content,
    signOff: {
      ...record,
      signedOffOn: signOff.signedOffOn.toISOString().slice(0, 10),
      unexplained: unexplained.length > 0 ? (note ?? null) : null,
    },
  };
  await db.$transaction(async (tx) => {
    const pack = await tx.performancePack.upsert({
      where: { year_quarter: quarter },
      create: quarter,
      update: {},
      select: { id: true },
    });
    const frozen = await tx.performancePack.updateMany({
      where: { id: pack.id, presentedAt: null },
      data: {
        ...record,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        presentedAt: now,
        presentedById: actor.id,
      },
    });
    if (frozen.count === 0) throw new DomainError(PACK_PRESENTED);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "kpi.pack_presented",
      entityType: "PerformancePack",
      entityId: pack.id,
      details: { ...quarter, minuteRef: signOff.minuteRef },
    });
  });
};
