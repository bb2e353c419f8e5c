import type { Regime } from "@/lib/measures/bank-holidays";

export type Ombudsman = {
  name: string;
  /** When a complainant may go to them, as the regime's code tells landlords to say it. */
  when: string;
  phone: string;
  website: string;
  /** One more way to reach them, as a sentence. */
  alsoBy: string;
};

/**
 * Who a tenant can go to when our complaints procedure has not settled their complaint. The Housing Ombudsman's
 * Complaint Handling Code (England) and the SPSO's model complaints handling procedure (Scotland) both require
 * the landlord to tell the complainant this, with how to reach them, in the final answer.
 */
export const OMBUDSMAN: Record<Regime, Ombudsman> = {
  england: {
    name: "the Housing Ombudsman",
    when: "once you have had our stage 2 answer, or if we refuse to take your complaint to stage 2. They can also help you at any time while we deal with it.",
    phone: "0300 111 3000",
    website: "https://www.housing-ombudsman.org.uk",
    alsoBy: "Email info@housing-ombudsman.org.uk.",
  },
  scotland: {
    name: "the Scottish Public Services Ombudsman (SPSO)",
    when: "once you have had our stage 2 (investigation) answer, or if we refuse to investigate your complaint. They usually expect you to contact them within 12 months.",
    phone: "0800 377 7330",
    website: "https://www.spso.org.uk",
    alsoBy: "Write to SPSO, Bridgeside House, 99 McDonald Road, Edinburgh, EH7 4NS.",
  },
};
