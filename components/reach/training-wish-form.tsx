import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";

/** Training someone would like: a course from the list or their own words. Shared by tenants and staff. */
export const TrainingWishForm = ({
  action,
  courses,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  courses: { id: string; title: string }[];
}) => (
  <ActionForm
    action={action}
    submit="Ask for this training"
    label="Training you would like"
    fields={[
      {
        kind: "radio",
        name: "courseId",
        label: "Which course would you like?",
        hint: "Or leave this and say in your own words below.",
        options: courses.map((course) => ({ value: course.id, label: course.title })),
      },
      {
        kind: "textarea",
        name: "ownWords",
        label: "Something else, in your own words (optional)",
        hint: "For example: how to read a budget, or chairing a meeting.",
        rows: 3,
      },
    ]}
  />
);
