import { db } from "@/lib/db";

/** The landlord's areas by name, for filters, forms and reports by area (areas come with the customer import). */
export const listAreas = () => db.area.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
