import { db } from "@/lib/db";
import { createUser } from "./index";
import { createCustomer } from "./people";

/** A publicity panel with one current member (a tenant with an account) and one whose membership has ended. */
export const createReadersPanel = async () => {
  const group = await db.group.create({ data: { name: `Readers' panel ${Math.random()}`, type: "PUBLICITY_GROUP" } });
  const member = await tenantWithAccount();
  const former = await tenantWithAccount();
  await db.groupMembership.createMany({
    data: [
      { groupId: group.id, customerId: member.customerId as string, startedOn: new Date("2025-01-01T00:00:00Z") },
      {
        groupId: group.id,
        customerId: former.customerId as string,
        startedOn: new Date("2024-01-01T00:00:00Z"),
        endedOn: new Date("2025-01-01T00:00:00Z"),
      },
    ],
  });
  return { group, member, former };
};

/** A tenant's portal account linked to a new customer record. */
export const tenantWithAccount = async () => {
  const customer = await createCustomer();
  const user = await createUser({ role: "TENANT" });
  return db.user.update({ where: { id: user.id }, data: { customerId: customer.id } });
};
