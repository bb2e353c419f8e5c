import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";

/** A use case's "no such record (for you)" becomes a 404, exactly as if the id did not exist. */
export const notFoundIfMissing = (error: unknown): never => {
  if (error instanceof DomainError && error.code === "not-found") notFound();
  throw error;
};
