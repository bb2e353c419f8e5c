import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OverdueTag } from "@/components/feedback/overdue-tag";
import { Replies } from "@/components/feedback/replies";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { landlordRegime, today } from "@/lib/feedback/clock";
import { CHANNEL_LABEL, KIND_LABEL, SERVICE_AREA_LABEL, stageLabel, STATUS_LABEL } from "@/lib/feedback/labels";
import { getFeedbackForStaff, listAssignableOfficers } from "@/lib/feedback/queries";
import { canEscalate, isOpenStatus } from "@/lib/feedback/rules";
import { formatDate } from "@/lib/format";
import { outcomeOptions } from "@/lib/outcomes/standards";
import {
  acknowledgeFeedbackAction,
  agreeExtensionAction,
  assignFeedbackAction,
  closeFeedbackAction,
  escalateComplaintAction,
  recordLearningAction,
  replyToFeedbackAction,
} from "../actions";

export const metadata: Metadata = { title: "Feedback" };

const StaffFeedbackPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const [item, officers, regime] = await Promise.all([
    getFeedbackForStaff(id, today(new Date())),
    listAssignableOfficers(),
    landlordRegime(),
  ]);
  if (!item) notFound();
  const ref = { feedbackId: item.id };
  const open = isOpenStatus(item.status);
  const from = item.customer ? (
    <>
      <Link
        href={`/staff/customers/${item.customer.id}`}
      >{`${item.customer.firstName} ${item.customer.lastName}`}</Link>{" "}
      ({item.customer.reference})
    </>
  ) : (
    [item.contactName, item.contactEmail, item.contactPhone].filter(Boolean).join(", ")
  );
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/staff/feedback">Back to feedback and complaints</Link>
      </p>
      <PageHeading caption={item.reference}>
        {item.kind === "COMPLAINT" ? `Complaint, ${stageLabel(regime, item.stage)}` : KIND_LABEL[item.kind]}
      </PageHeading>
      <SummaryList
        rows={[
          { term: "Status", value: STATUS_LABEL[item.status] },
          { term: "From", value: from },
          { term: "About", value: SERVICE_AREA_LABEL[item.serviceArea] },
          { term: "How it reached us", value: CHANNEL_LABEL[item.channel] },
          ...(open
            ? [
                { term: "Acknowledge by", value: formatDate(item.acknowledgeBy, "No separate acknowledgement needed") },
                { term: "Answer by", value: formatDate(item.answerBy) },
              ]
            : []),
          ...(item.overdue ? [{ term: "Overdue", value: <OverdueTag overdue={item.overdue} /> }] : []),
          {
            term: "Officer",
            value: officers.find((officer) => officer.id === item.assignedToId)?.name ?? "Not assigned",
          },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">What they said</h2>
      <p className="mb-8 whitespace-pre-line">{item.details}</p>
      {item.photoType && (
        // eslint-disable-next-line @next/next/no-img-element -- a private file, served only to its sender and staff
        <img src={`/staff/feedback/${item.id}/photo`} alt="The photo they sent" className="mb-8 max-h-96 w-auto" />
      )}
      {item.stages
        .filter((stage) => stage.requestReason)
        .map((stage) => (
          <div key={stage.stage}>
            <h2 className="mb-2 text-2xl font-bold">
              Why they asked for {stageLabel(regime, stage.stage).toLowerCase()}
            </h2>
            <p className="mb-8 whitespace-pre-line">{stage.requestReason}</p>
          </div>
        ))}
      <h2 className="mb-2 text-2xl font-bold">Dates</h2>
      <DataTable
        caption="The dates of each stage, as the complaints file records them"
        rows={item.stages}
        rowKey={(stage) => String(stage.stage)}
        columns={[
          { header: "Stage", cell: (stage) => stageLabel(regime, stage.stage) },
          { header: "Received", cell: (stage) => formatDate(stage.receivedOn) },
          { header: "Acknowledged", cell: (stage) => formatDate(stage.acknowledgedOn, "Not yet") },
          { header: "Answered", cell: (stage) => formatDate(stage.respondedOn, "Not yet") },
        ]}
      />
      <h2 className="mb-2 mt-8 text-2xl font-bold">Replies</h2>
      <Replies replies={item.replies} empty="No replies yet." />
      <h2 className="mb-4 mt-8 text-2xl font-bold">What to do next</h2>
      <div className="space-y-8">
        {item.status === "RECEIVED" && (
          <ActionButton action={acknowledgeFeedbackAction} fields={ref}>
            Record as acknowledged today
          </ActionButton>
        )}
        {item.status !== "CLOSED" && (
          <section aria-labelledby="reply-heading">
            <h3 id="reply-heading" className="mb-2 text-xl font-bold">
              Reply
            </h3>
            <ActionForm
              label="Reply"
              action={replyToFeedbackAction}
              hidden={ref}
              fields={[
                { kind: "textarea", name: "text", label: "Your reply", hint: "The tenant sees this reply.", rows: 6 },
                {
                  kind: "radio",
                  name: "final",
                  label: "Does this reply answer the feedback in full?",
                  options: [
                    { value: "yes", label: "Yes: this is our answer, stop the clock" },
                    { value: "no", label: "No: an update, we will answer later" },
                  ],
                },
              ]}
              submit="Send reply"
            />
          </section>
        )}
        {open && item.kind === "COMPLAINT" && (
          <section aria-labelledby="extension-heading">
            <h3 id="extension-heading" className="mb-2 text-xl font-bold">
              Extension agreed with the complainant
            </h3>
            <ActionForm
              label="Extension"
              action={agreeExtensionAction}
              hidden={ref}
              fields={[
                {
                  kind: "text",
                  name: "extensionWorkingDays",
                  label: "Extra working days agreed",
                  hint: "The answer date moves by this many working days. It replaces any extension recorded before.",
                  defaultValue: String(item.stages.at(-1)?.extensionWorkingDays || ""),
                },
              ]}
              submit="Record the extension"
            />
          </section>
        )}
        {item.status === "ANSWERED" && (
          <ActionButton action={closeFeedbackAction} fields={ref}>
            Close
          </ActionButton>
        )}
        {canEscalate(item) && (
          <ActionButton action={escalateComplaintAction} fields={ref}>
            Escalate to {stageLabel(regime, 2)}: the complainant is not satisfied
          </ActionButton>
        )}
        {item.kind === "COMPLAINT" && item.status === "CLOSED" && (
          <section aria-labelledby="learning-heading">
            <h3 id="learning-heading" className="mb-2 text-xl font-bold">
              Learning from this complaint
            </h3>
            <p className="mb-4">
              {item.learningPublishedAt
                ? `Published in You said, We did on ${formatDate(item.learningPublishedAt)}.`
                : "Not published."}{" "}
              Published, only the service and these words are shown: write them so that nobody can be identified.
            </p>
            <ActionForm
              label="Learning from this complaint"
              action={recordLearningAction}
              hidden={ref}
              fields={[
                {
                  kind: "textarea",
                  name: "learned",
                  label: "What we learned",
                  rows: 4,
                  defaultValue: item.learned ?? "",
                },
                {
                  kind: "textarea",
                  name: "changed",
                  label: "What we changed",
                  rows: 4,
                  defaultValue: item.changed ?? "",
                },
                {
                  kind: "radio",
                  name: "publish",
                  label: "Publish it in You said, We did and the annual report?",
                  options: [
                    { value: "yes", label: "Yes, publish it" },
                    { value: "no", label: "No, keep it for staff" },
                  ],
                  defaultValue: item.learningPublishedAt ? "yes" : "no",
                },
                {
                  kind: "checkboxes",
                  name: "outcomeCodes",
                  label: "Outcomes it evidences",
                  hint: "Optional. Published learning tagged with outcomes is offered as evidence in the self-assessment.",
                  options: outcomeOptions(regime === "england" ? "ENGLAND" : "SCOTLAND"),
                  defaultValues: item.learningOutcomeCodes,
                },
              ]}
              submit="Save the learning"
            />
          </section>
        )}
        <section aria-labelledby="assign-heading">
          <h3 id="assign-heading" className="mb-2 text-xl font-bold">
            Assign
          </h3>
          <ActionForm
            label="Assign"
            kind="secondary"
            action={assignFeedbackAction}
            hidden={ref}
            fields={[
              {
                kind: "radio",
                name: "officerId",
                label: "Officer dealing with it",
                options: officers.map((officer) => ({ value: officer.id, label: officer.name })),
                defaultValue: item.assignedToId ?? undefined,
              },
            ]}
            submit="Assign"
          />
        </section>
      </div>
    </div>
  );
};

export default StaffFeedbackPage;
