import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";

/** For route handlers and pages calling a use case: its `notFoundError` becomes a 404 (form actions do this themselves). */
export const notFoundIfMissing = (error: unknown): never => {
  if (error instanceof DomainError && error.code === "not-found") notFound();
  throw error;
};
