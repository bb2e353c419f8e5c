// The requirements of each regime's involvement standard a landlord assesses itself against, in plain words.
// Each carries the outcome code the assurance map tags evidence with, so its evidence is the outcome's.
import type { Regime } from "@/lib/generated/prisma/enums";

export type Requirement = { code: string; outcomeCode: string; heading: string; text: string };

/** England: the Transparency, Influence and Accountability Standard's expectations on engaging tenants. */
const ENGLAND: Requirement[] = [
  {
    code: "TIA-1",
    heading: "Fairness and respect",
    text: "Tenants are treated with fairness and respect.",
  },
  {
    code: "TIA-2",
    heading: "Diverse needs",
    text: "We understand our tenants' diverse needs, including those from protected characteristics, and use that understanding in how we deliver services and communicate.",
  },
  {
    code: "TIA-3",
    heading: "Influence and scrutiny",
    text: "Tenants have wide-ranging and meaningful opportunities to influence and scrutinise our strategies, policies and services.",
  },
  {
    code: "TIA-4",
    heading: "Views taken into account",
    text: "We take tenants' views into account in our decisions and tell them how their views were considered.",
  },
  {
    code: "TIA-5",
    heading: "Support to take part",
    text: "We support tenants to build their capacity to be involved, and help those who wish to form registered tenant organisations.",
  },
  {
    code: "TIA-6",
    heading: "Information about services and performance",
    text: "Tenants have accessible information about our services, our performance including the tenant satisfaction measures, and how to get involved.",
  },
  {
    code: "TIA-7",
    heading: "Complaints",
    text: "Complaints are easy to make, handled fairly and promptly, and we learn from them.",
  },
].map((requirement) => ({ ...requirement, outcomeCode: "EN:TIA" }));

/** Scotland: the Scottish Social Housing Charter's outcome 3, participation. */
const SCOTLAND: Requirement[] = [
  {
    code: "SC3-1",
    heading: "Easy to take part",
    text: "Tenants and other customers find it easy to take part in and influence our decisions.",
  },
  {
    code: "SC3-2",
    heading: "A level people are comfortable with",
    text: "We offer a range of ways to take part, so people can be involved at a level they feel comfortable with.",
  },
  {
    code: "SC3-3",
    heading: "Participation strategy",
    text: "Our tenant participation strategy is developed with tenants and kept under review.",
  },
  {
    code: "SC3-4",
    heading: "Registered tenant organisations",
    text: "Registered tenant organisations are supported and consulted on matters that affect them.",
  },
  {
    code: "SC3-5",
    heading: "Feedback on influence",
    text: "We tell tenants how their views have shaped our decisions.",
  },
  {
    code: "SC3-6",
    heading: "Scrutiny",
    text: "Tenants scrutinise our services and performance, and we act on what they find.",
  },
].map((requirement) => ({ ...requirement, outcomeCode: "SC:3" }));

export const requirementsFor = (regime: Regime): Requirement[] => (regime === "ENGLAND" ? ENGLAND : SCOTLAND);

export const findRequirement = (regime: Regime, code: string) =>
  requirementsFor(regime).find((requirement) => requirement.code === code);

export const STANDARD_NAME: Record<Regime, string> = {
  ENGLAND: "the Transparency, Influence and Accountability Standard",
  SCOTLAND: "the Scottish Social Housing Charter, outcome 3: participation",
};
