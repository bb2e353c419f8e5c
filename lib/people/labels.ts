import type {
  ContactChannel,
  CustomerKind,
  GroupType,
  MembershipRole,
  RtoStatus,
  SupportNeedKind,
} from "@/lib/generated/prisma/enums";

export const CUSTOMER_KIND_LABEL: Record<CustomerKind, string> = {
  TENANT: "Tenant",
  JOINT_TENANT: "Joint tenant",
  FACTORED_OWNER: "Factored owner",
  LEASEHOLDER: "Leaseholder",
  APPLICANT: "Housing applicant",
  HOUSEHOLD_MEMBER: "Young person in a tenant's home",
};

export const CHANNEL_LABEL: Record<ContactChannel, string> = {
  EMAIL: "Email",
  SMS: "Text message",
  PHONE: "Phone",
  LETTER: "Letter",
};

export const SUPPORT_NEED_LABEL: Record<SupportNeedKind, string> = {
  LARGE_PRINT: "Large print",
  EASY_READ: "Easy read",
  OTHER_LANGUAGE: "Another language",
  BSL: "British Sign Language",
  HEARING_LOOP: "Hearing loop",
  TRANSPORT: "Transport to events",
  DIGITAL_HELP: "Help using the portal",
};

export const GROUP_TYPE_LABEL: Record<GroupType, string> = {
  RTO: "Registered Tenant Organisation",
  SCRUTINY_PANEL: "Scrutiny panel",
  TENANT_PANEL: "Tenant panel",
  RESIDENTS_GROUP: "Residents' group",
  BOARD: "Board",
  PUBLICITY_GROUP: "Customer publicity group",
  OTHER: "Other group",
};

export const MEMBERSHIP_ROLE_LABEL: Record<MembershipRole, string> = {
  CHAIR: "Chair",
  SECRETARY: "Secretary",
  TREASURER: "Treasurer",
  MEMBER: "Member",
  ADVISER: "Adviser",
};

export const RTO_STATUS_LABEL: Record<RtoStatus, string> = {
  REGISTERED: "Registered",
  SUSPENDED: "Suspended",
  DEREGISTERED: "Deregistered",
};

/** Turns a label map into options for a select or radio group. */
export const optionsFrom = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/**
 * The kinds of customer a landlord has: owners of flats are factored owners in Scotland and leaseholders in
 * England, so each landlord is offered only its own word.
 */
export const customerKindOptions = (regime: "ENGLAND" | "SCOTLAND") =>
  optionsFrom(CUSTOMER_KIND_LABEL).filter(
    (option) => option.value !== (regime === "ENGLAND" ? "FACTORED_OWNER" : "LEASEHOLDER"),
  );
