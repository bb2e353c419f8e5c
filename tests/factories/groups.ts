import { db } from "@/lib/db";
import { createUser } from "./index";
import { createCustomer } from "./people";

/** A tenant who signs in and is a current member of the group: what group work receives as its worker. */
export const createGroupMember = async (groupId: string, startedOn = new Date("2026-01-01")) => {
  const customer = await createCustomer();
  const user = await createUser({ role: "TENANT" });
  await db.user.update({ where: { id: user.id }, data: { customerId: customer.id } });
  await db.groupMembership.create({ data: { groupId, customerId: customer.id, startedOn } });
  return { id: user.id, role: user.role, customerId: customer.id, name: user.name };
};
