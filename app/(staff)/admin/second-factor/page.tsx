import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES, ROLE_LABEL, STAFF_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { resetSecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Authenticator apps" };

const SecondFactorPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const staff = await db.user.findMany({
    where: { role: { in: [...STAFF_ROLES] }, disabledAt: null },
    select: { id: true, name: true, role: true, totpEnabledAt: true },
    orderBy: { name: "asc" },
  });
  return (
    <>
      <PageHeading>Authenticator apps</PageHeading>
      <p className="mb-6 max-w-2xl">
        If someone loses the phone with their authenticator app and their recovery codes, remove the app here. Every
        session of theirs ends, and they set up a new app when they next sign in. Each removal is recorded in the audit
        log.
      </p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Staff and board members and their authenticator apps</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              Role
            </th>
            <th scope="col" className="p-2">
              Authenticator app
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((person) => (
            <tr key={person.id} className="border-b border-gray-400">
              <td className="p-2">{person.name}</td>
              <td className="p-2">{ROLE_LABEL[person.role]}</td>
              <td className="p-2">{formatDate(person.totpEnabledAt, "Not set up")}</td>
              <td className="p-2">
                {person.totpEnabledAt && (
                  <ActionButton action={resetSecondFactorAction} fields={{ userId: person.id }}>
                    Remove app<span className="sr-only"> for {person.name}</span>
                  </ActionButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};

export default SecondFactorPage;
