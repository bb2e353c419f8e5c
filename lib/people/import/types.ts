import type { CustomerKind, CustomerStatus, StockType } from "@/lib/generated/prisma/enums";
import type { Problem } from "@/lib/uploads/problems";

export type ImportHome = {
  reference: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  area: string;
  stockType: StockType;
  hasCommunalAreas: boolean;
};

/** One customer line of the file, checked and normalised. */
export type ImportRow = {
  line: number;
  reference: string;
  kind: CustomerKind;
  status: CustomerStatus;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  home: ImportHome | null;
};

export type ParsedCustomerFile = { rows: ImportRow[]; errors: Problem[] };

/** The customer fields an import sets, with the home named by its reference. */
export type CustomerFields = Omit<ImportRow, "line" | "reference" | "home"> & { homeReference: string | null };

export type RowAction = "add" | "update" | "unchanged";
