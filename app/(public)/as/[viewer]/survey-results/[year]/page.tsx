import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PublishedRound } from "@/components/surveys/published-round";
import { PageHeading } from "@/components/ui/page-heading";
import { getLandlord } from "@/lib/landlord/queries";
import { getPublishedRound } from "@/lib/surveys/queries";
import { financialYearLabel } from "@/lib/uk-time";

type Props = { params: Promise<{ year: string }> };

const ZYear = z.coerce.number().int().min(2000).max(2100);

// No year is rendered by the build (it never reads the database); each is rendered on its first request and then
// cached like the other public pages.
export const generateStaticParams = async () => [];

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const year = ZYear.safeParse((await params).year);
  return { title: year.success ? `Tenant satisfaction survey ${financialYearLabel(year.data)}` : "Page not found" };
};

/** One earlier year's published survey results, linked from /survey-results. */
const SurveyYearPage = async ({ params }: Props) => {
  const year = ZYear.safeParse((await params).year);
  if (!year.success) notFound();
  const landlord = await getLandlord();
  const round = await getPublishedRound(landlord.regime, year.data);
  if (!round) notFound();
  return (
    <>
      <PageHeading caption={landlord.name}>What tenants told us in {financialYearLabel(round.year)}</PageHeading>
      <p className="mb-8">
        <Link href="/survey-results">The latest survey results</Link>
      </p>
      <PublishedRound round={round} />
    </>
  );
};

export default SurveyYearPage;
