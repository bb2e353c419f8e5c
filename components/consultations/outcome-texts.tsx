type Props = { youSaid: string | null; outcome: string | null; level: 3 | 4 };

/** "You said" (what tenants told us) then "We did" (what changed), wherever an outcome is shown. */
export const OutcomeTexts = ({ youSaid, outcome, level }: Props) => {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className="mt-2 font-bold">You said</Heading>
      <p className="whitespace-pre-line">{youSaid}</p>
      <Heading className="mt-2 font-bold">We did</Heading>
      <p className="whitespace-pre-line">{outcome}</p>
    </>
  );
};
