import type { Metadata } from "next";
import { TrainingWishForm } from "@/components/reach/training-wish-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { listCoursesAndWishes } from "@/lib/reach/training-queries";
import { requestTrainingAction } from "./actions";

export const metadata: Metadata = { title: "Training you would like" };

const TrainingPage = async () => {
  const { customerId } = await requireCustomer();
  const { courses, wishes } = await listCoursesAndWishes({ customerId });
  return (
    <div className="max-w-2xl">
      <PageHeading>Training you would like</PageHeading>
      <p className="mb-6">
        We run free training for tenants who get involved, such as how scrutiny works or how to use this website. Tell
        us what you would like and we will invite you when it is running.
      </p>
      {wishes.length > 0 && (
        <>
          <h2 className="mb-2 text-2xl font-bold">You have asked for</h2>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            {wishes.map((wish) => (
              <li key={wish.id}>
                {wish.course?.title ?? wish.ownWords}
                {wish.invitedAt ? " (we have invited you to a session)" : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <TrainingWishForm action={requestTrainingAction} courses={courses} />
    </div>
  );
};

export default TrainingPage;
