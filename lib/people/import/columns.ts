import type { CustomerKind, CustomerStatus, StockType } from "@/lib/generated/prisma/enums";

/** Every column an import file must have in its header row, in the order the sample file uses. */
export const IMPORT_COLUMNS = [
  "customer_reference",
  "kind",
  "status",
  "first_name",
  "last_name",
  "email",
  "phone",
  "home_reference",
  "address_line_1",
  "address_line_2",
  "town",
  "postcode",
  "area",
  "stock_type",
  "communal_areas",
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const HOME_COLUMNS = [
  "home_reference",
  "address_line_1",
  "address_line_2",
  "town",
  "postcode",
  "area",
  "stock_type",
  "communal_areas",
] as const satisfies readonly ImportColumn[];

/** Accepted spellings, after lower-casing and turning spaces and hyphens into underscores. */
export const KIND_CHOICES: Record<string, CustomerKind> = {
  tenant: "TENANT",
  joint_tenant: "JOINT_TENANT",
  factored_owner: "FACTORED_OWNER",
  leaseholder: "LEASEHOLDER",
  applicant: "APPLICANT",
};

export const STATUS_CHOICES: Record<string, CustomerStatus> = { active: "ACTIVE", former: "FORMER" };

export const STOCK_TYPE_CHOICES: Record<string, StockType> = {
  lcra: "LCRA",
  lcho: "LCHO",
  social_rent: "SOCIAL_RENT",
  other: "OTHER",
};

export const YES_NO_CHOICES: Record<string, boolean> = { yes: true, no: false };

/** What to put in each column, shown on the upload page (docs/customer-import.md says the same at length). */
export const COLUMN_GUIDE: Record<ImportColumn, string> = {
  customer_reference: "Required. Your housing system's reference for the customer; each customer once per file.",
  kind: "Required. tenant, joint_tenant, factored_owner, leaseholder or applicant.",
  status: "active or former. Empty means active.",
  first_name: "Required.",
  last_name: "Required.",
  email: "Optional. An email address, like name@example.com.",
  phone: "Optional. A phone number, like 01632 960 001.",
  home_reference: "Required unless the customer is an applicant. Joint tenants share one home reference.",
  address_line_1: "Required with a home.",
  address_line_2: "Optional.",
  town: "Required with a home.",
  postcode: "Required with a home. A full UK postcode, like NV1 2AB.",
  area: "Required with a home. The area's name; a new name adds a new area.",
  stock_type: "Required with a home. LCRA, LCHO, SOCIAL_RENT or OTHER.",
  communal_areas: "Required with a home. yes or no: does the home share stairs, gardens or other communal areas?",
};
