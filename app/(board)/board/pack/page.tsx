import type { Metadata } from "next";
import Link from "next/link";
import { KpiTileCard } from "@/components/kpi/kpi-tile";
import { PackStrategySection } from "@/components/kpi/pack-strategy";
import { QuarterPicker } from "@/components/kpi/quarter-picker";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { getPack, PACK_PAGES } from "@/lib/kpi/pack";
import { isException, RAG_LABEL } from "@/lib/kpi/rules";
import { COMMENTARY_FIELD } from "@/lib/kpi/schemas";
import { isoDay } from "@/lib/uk-time";
import { presentPackAction, savePackCommentaryAction } from "./actions";

export const metadata: Metadata = { title: "Quarterly performance pack" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PackPage = async ({ searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.board);
  const now = new Date();
  const { quarter, latest } = await readBoardQuery(await searchParams, now);
  const { status, content } = await getPack(quarter, now);
  const editable = status === "DRAFT" && (AREA_ROLES.staff as readonly string[]).includes(user.role);
  const period = { year: String(quarter.year), quarter: String(quarter.quarter) };
  const query = new URLSearchParams(period);
  const exceptions = content.tiles.filter((tile) => isException(tile.rag));
  return (
    <>
      <PageHeading caption={content.landlordName}>Quarterly performance pack: {content.period.label}</PageHeading>
      <p>Prepared on {formatDate(new Date(content.preparedOn))}.</p>
      <p className="mb-4">
        {content.signOff
          ? `Presented and signed off by ${content.signOff.signedOffBy} on ${formatDate(new Date(content.signOff.signedOffOn))}, minute ${content.signOff.minuteRef}. These figures are frozen as presented.`
          : "Draft: not yet presented to the board. The figures are live and may still change."}
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <li>
          <a href={`/board/pack/pdf?${query}`}>Download the pack (PDF)</a>
        </li>
        <li>
          <a href={`/board/pack/csv?${query}`}>Download the figures (CSV)</a>
        </li>
        <li>
          <Link href={`/board?${query}`}>Back to the dashboard</Link>
        </li>
      </ul>
      <QuarterPicker quarter={quarter} latest={latest} submit="Show pack" />
      <section aria-labelledby="summary">
        <h2 id="summary" className="mb-2 text-2xl font-bold">
          Exceptions ({exceptions.length})
        </h2>
        {exceptions.length === 0 ? (
          <p>Every KPI with a target is on target.</p>
        ) : (
          <ul className="mb-6 list-disc pl-6">
            {exceptions.map((tile) => (
              <li key={tile.code}>
                {tile.code} {tile.name}: {tile.shown}, {RAG_LABEL[tile.rag]}
              </li>
            ))}
          </ul>
        )}
        {editable && exceptions.length > 0 && (
          <div className="mb-6 max-w-2xl print:hidden">
            <ActionForm
              action={savePackCommentaryAction}
              label="Commentary on the exceptions"
              kind="secondary"
              hidden={period}
              submit="Save commentary"
              fields={exceptions.map((tile) => ({
                kind: "textarea" as const,
                name: `${COMMENTARY_FIELD}${tile.code}`,
                label: `Commentary on ${tile.code} ${tile.name}`,
                rows: 3,
                defaultValue: content.commentary[tile.code],
              }))}
            />
          </div>
        )}
      </section>
      {PACK_PAGES.map((page) => {
        const tiles = content.tiles.filter((tile) => tile.section === page.key);
        return (
          <section key={page.key} aria-labelledby={`page-${page.key}`} className="pack-page mt-10">
            <h2 id={`page-${page.key}`} className="mb-4 text-2xl font-bold">
              {page.title}
            </h2>
            {page.key === "STRATEGY" ? (
              <PackStrategySection strategy={content.strategy} />
            ) : tiles.length === 0 ? (
              <p>No KPIs are reported in this section.</p>
            ) : (
              <ul className="grid gap-4 md:grid-cols-2" aria-label={`${page.title} KPIs`}>
                {tiles.map((tile) => (
                  <li key={tile.code}>
                    <KpiTileCard tile={tile} commentary={content.commentary[tile.code]} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {editable && (
        <section aria-labelledby="sign-off" className="mt-10 max-w-2xl print:hidden">
          <h2 id="sign-off" className="mb-2 text-2xl font-bold">
            Record the sign-off
          </h2>
          <p className="mb-4">Once signed off, the pack is frozen: later changes to the figures will not change it.</p>
          <ActionForm
            action={presentPackAction}
            label="Record the sign-off"
            hidden={period}
            submit="Sign off and freeze the pack"
            fields={[
              {
                kind: "text",
                name: "signedOffBy",
                label: "Signed off by",
                hint: "For example, the chair of the board.",
              },
              { kind: "date", name: "signedOffOn", label: "Date of the meeting", defaultValue: isoDay(now) },
              { kind: "text", name: "minuteRef", label: "Minute reference", hint: "For example, BM 2026/41." },
            ]}
          />
        </section>
      )}
    </>
  );
};

export default PackPage;
