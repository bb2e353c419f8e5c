import { ActionForm, type FormField } from "@/components/ui/action-form";
import { listAssignableOfficers } from "@/lib/feedback/queries";
import { unexplainedExceptions, type PackContent } from "@/lib/kpi/pack";
import type { KpiTile } from "@/lib/kpi/queries";
import { ACTION_FIELD, COMMENTARY_FIELD, RECOVERY_FIELD } from "@/lib/kpi/schemas";
import { addDays, isoDay, ukDay } from "@/lib/uk-time";
import { presentPackAction, requestCommentaryAction, savePackCommentaryAction } from "./actions";

type Props = { content: PackContent; period: Record<string, string>; exceptions: KpiTile[]; today: Date };

const commentaryFields = (tile: KpiTile, content: PackContent): FormField[] => {
  const saved = content.commentary[tile.code];
  return [
    { kind: "heading", name: `heading_${tile.code}`, label: `${tile.code} ${tile.name}: ${tile.shown}` },
    {
      kind: "textarea",
      name: `${COMMENTARY_FIELD}${tile.code}`,
      label: `Why ${tile.code} is off target`,
      rows: 3,
      defaultValue: saved?.reason,
    },
    {
      kind: "textarea",
      name: `${ACTION_FIELD}${tile.code}`,
      label: `What is being done about ${tile.code}`,
      rows: 3,
      defaultValue: saved?.action ?? undefined,
    },
    {
      kind: "text",
      name: `${RECOVERY_FIELD}${tile.code}`,
      label: `When ${tile.code} should be back on target`,
      hint: "For example, by the end of Quarter 4.",
      defaultValue: saved?.recoveryBy ?? undefined,
    },
  ];
};

/** Officers' part of the pack before the meeting: the exceptions' commentary and asking colleagues for it. */
export const PackStaffForms = async ({ content, period, exceptions, today }: Props) => {
  const officers = await listAssignableOfficers();
  const unexplained = unexplainedExceptions(content);
  return (
    <div id="commentary" className="mt-6 max-w-2xl print:hidden">
      {exceptions.length > 0 && (
        <details open={unexplained.length > 0}>
          <summary className="cursor-pointer text-lg underline">Write the commentary on the exceptions</summary>
          <ActionForm
            action={savePackCommentaryAction}
            label="Commentary on the exceptions"
            kind="secondary"
            hidden={period}
            submit="Save commentary"
            fields={exceptions.flatMap((tile) => commentaryFields(tile, content))}
          />
        </details>
      )}
      {unexplained.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer text-lg underline">Ask an officer for commentary</summary>
          <ActionForm
            action={requestCommentaryAction}
            label="Ask an officer for commentary"
            kind="secondary"
            hidden={period}
            submit="Ask for commentary"
            fields={[
              {
                kind: "radio",
                name: "kpiCode",
                label: "Which exception",
                defaultValue: "",
                options: [
                  { value: "", label: `Every exception without commentary (${unexplained.length})` },
                  ...unexplained.map((tile) => ({ value: tile.code, label: `${tile.code} ${tile.name}` })),
                ],
              },
              {
                kind: "radio",
                name: "officerId",
                label: "Officer",
                options: officers.map((officer) => ({ value: officer.id, label: officer.name })),
              },
              {
                kind: "date",
                name: "dueOn",
                label: "Needed by",
                hint: "A day before the board meeting. The officer is reminded two days before.",
                defaultValue: addDays(ukDay(today), 7),
              },
            ]}
          />
        </details>
      )}
      <h2 className="mb-2 mt-8 text-2xl font-bold">Record the board&apos;s sign-off</h2>
      <p className="mb-4">
        Once signed off, the pack is frozen: later changes to the figures will not change it.
        {unexplained.length > 0 &&
          ` ${unexplained.length} ${unexplained.length === 1 ? "exception has" : "exceptions have"} no commentary: add it, or say why it has none.`}
      </p>
      <ActionForm
        action={presentPackAction}
        label="Record the sign-off"
        hidden={period}
        submit="Sign off and freeze the pack"
        fields={[
          { kind: "text", name: "signedOffBy", label: "Chaired by", hint: "The chair of the meeting." },
          { kind: "date", name: "signedOffOn", label: "Date of the meeting", defaultValue: isoDay(today) },
          { kind: "text", name: "minuteRef", label: "Minute reference", hint: "For example, BM 2026/41." },
          ...(unexplained.length > 0
            ? [
                {
                  kind: "textarea" as const,
                  name: "unexplained",
                  label: "Why some exceptions have no commentary",
                  hint: `Without commentary: ${unexplained.map((tile) => tile.code).join(", ")}.`,
                  rows: 3,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
};
