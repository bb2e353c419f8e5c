import { db } from "@/lib/db";

export type Health = { status: "ok" | "unavailable"; database: "up" | "down" };

export const checkHealth = async (): Promise<Health> => {
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "up" };
  } catch {
    return { status: "unavailable", database: "down" };
  }
};
