import type { Metadata } from "next";
import Link from "next/link";
import { CourseForm } from "@/components/events/course-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listCourses } from "@/lib/events/queries";
import { createCourseAction } from "./actions";

export const metadata: Metadata = { title: "Training courses" };

const CoursesPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const courses = await listCourses();
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/events">Back to events</Link>
      </p>
      <PageHeading>Training courses</PageHeading>
      <p className="mb-6 max-w-2xl">
        Courses are for tenants and staff. Each session is an event of the kind &ldquo;Training session&rdquo;; record
        who completed the course on the session&rsquo;s attendance page.
      </p>
      {courses.length > 0 && (
        <div className="mb-8">
          <DataTable
            caption="Training courses"
            rows={courses}
            rowKey={(c) => c.id}
            columns={[
              { header: "Course", cell: (c) => c.title },
              { header: "Sessions", cell: (c) => c._count.sessions },
              { header: "Completed by tenants", cell: (c) => c.tenantCompletions },
              { header: "Completed by staff", cell: (c) => c.staffCompletions },
            ]}
          />
        </div>
      )}
      <h2 className="mb-2 text-2xl font-bold">Add a course</h2>
      <div className="max-w-2xl">
        <CourseForm action={createCourseAction} />
      </div>
    </>
  );
};

export default CoursesPage;
