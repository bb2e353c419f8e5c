import { SummaryList } from "@/components/ui/summary-list";

type Props = { group: { timeAsked: string | null; meetingsAsked: string | null; skillsAsked: string | null } };

/** What joining a group asks of people, in the words its officers wrote; unrecorded asks are left out. */
export const GroupAsks = ({ group }: Props) => {
  const rows = [
    { term: "Time", value: group.timeAsked },
    { term: "Meetings", value: group.meetingsAsked },
    { term: "Skills", value: group.skillsAsked },
  ].filter((row): row is { term: string; value: string } => Boolean(row.value));
  return rows.length > 0 ? <SummaryList rows={rows} /> : <p className="mb-8">Ask us what this group involves.</p>;
};
