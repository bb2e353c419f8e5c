import type { Metadata } from "next";
import Link from "next/link";
import { CommunicationForm } from "@/components/communications/communication-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getAudienceChoices } from "@/lib/consultations/queries";
import { ZAudience } from "@/lib/consultations/schemas";
import { env } from "@/lib/env";
import { optionsFrom, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import { equalityAnswerOptions } from "@/lib/reach/rules";
import { createCommunicationAction } from "../actions";

export const metadata: Metadata = { title: "Write a newsletter" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toOptions = (rows: { id: string; name: string }[]) => rows.map((row) => ({ value: row.id, label: row.name }));

const NewCommunicationPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { areas, groups, questions, kinds } = await getAudienceChoices();
  // A link from the reach page ticks the seldom-heard group, read as a consultation's audience is; anything
  // unreadable is simply not ticked.
  const audience = ZAudience.safeParse(await searchParams);
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/staff/communications">Back to newsletters</Link>
      </p>
      <PageHeading>Write a newsletter</PageHeading>
      <p className="mb-6">
        Nothing is sent yet: you will see it as an email, a text message and a letter, and how many people each reaches,
        before you send it.
      </p>
      <CommunicationForm
        action={createCommunicationAction}
        options={{
          areaIds: toOptions(areas),
          groupIds: toOptions(groups),
          kinds,
          supportNeeds: optionsFrom(SUPPORT_NEED_LABEL),
          equalityAnswers: equalityAnswerOptions(questions),
        }}
        sampleLink={`${env.APP_URL}/news/${"x".repeat(25)}`}
        chosen={
          audience.success
            ? {
                areaIds: audience.data.audienceAreaIds,
                kinds: audience.data.audienceKinds,
                groupIds: audience.data.audienceGroupIds,
                supportNeeds: audience.data.audienceSupportNeeds,
                equalityAnswers: audience.data.audienceEqualityAnswers,
              }
            : undefined
        }
      />
    </div>
  );
};

export default NewCommunicationPage;
