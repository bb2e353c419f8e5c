import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/build-phase";
import { ProgressTable } from "@/components/strategy/progress-table";
import { PublicStrategyConsultation } from "@/components/strategy/strategy-consultation";
import { StrategyStructure } from "@/components/strategy/strategy-structure";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { currentPlanOf, getCurrentStrategy, getProgressByPriority, listJargonTerms } from "@/lib/strategy/queries";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Our involvement strategy" };

/** Anyone may read the strategy in force: it is the landlord's promise to its tenants. */
const PublicStrategyPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const [landlord, strategy, terms] = await Promise.all([getLandlord(), getCurrentStrategy(), listJargonTerms()]);
  if (!strategy) {
    return (
      <>
        <PageHeading caption={landlord.name}>Our involvement strategy</PageHeading>
        <p>We are writing our new strategy. Please come back soon.</p>
      </>
    );
  }
  const plan = currentPlanOf(strategy.actionPlans, new Date());
  const priorities = strategy.objectives.flatMap((objective) => objective.priorities);
  const progress = plan ? await getProgressByPriority(plan.id, priorities) : [];
  return (
    <>
      <PageHeading caption={landlord.name}>Our involvement strategy</PageHeading>
      <p className="mb-4 max-w-2xl text-lg">
        {strategy.title} is our plan for how tenants and other customers can have a say in their homes and services. It
        runs from {formatDate(strategy.startsOn)} to {formatDate(strategy.endsOn)}.
      </p>
      <p className="mb-8 max-w-2xl">
        Our board agreed it on {formatDate(strategy.approvedOn)}, after asking tenants what they thought. We will look
        at it again in full by {formatDate(strategy.fullReviewDueOn, "the end of the strategy")}. If a word is new to
        you, the <a href="#jargon-buster">jargon buster</a> at the end of this page explains it.
      </p>
      <StrategyStructure strategy={strategy} />
      <PublicStrategyConsultation consultation={strategy.consultation} />
      <section className="mb-10 max-w-3xl">
        <h2 className="mb-2 text-2xl font-bold">How we are doing</h2>
        {plan ? (
          <>
            <p className="mb-4">
              Each year we make a list of actions to deliver the strategy. This table shows how the actions for{" "}
              {financialYearLabel(plan.year)} (April to March) are going.
            </p>
            <div className="overflow-x-auto">
              <ProgressTable
                caption={`How the ${financialYearLabel(plan.year)} actions are going, by priority`}
                progress={progress}
              />
            </div>
          </>
        ) : (
          <p>We have not published this year&apos;s actions yet.</p>
        )}
      </section>
      <section id="jargon-buster" className="mb-10 max-w-3xl">
        <h2 className="mb-2 text-2xl font-bold">Jargon buster</h2>
        {terms.length === 0 ? (
          <p>There are no terms yet.</p>
        ) : (
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {terms.map((term) => (
              <div key={term.id} className="py-2">
                <dt className="font-bold">{term.term}</dt>
                <dd>{term.definition}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
};

export default PublicStrategyPage;
