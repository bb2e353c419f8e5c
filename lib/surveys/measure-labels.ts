/**
 * Plain-English names of the perception measures, as the regulators word them, and what a positive answer means
 * in a sentence a tenant reads: "67 in every 100 tenants who answered were satisfied overall".
 */
export const MEASURE_LABEL: Record<string, { name: string; finding: string }> = {
  TP01: {
    name: "Overall satisfaction with the landlord's services",
    finding: "were satisfied with our services overall",
  },
  TP02: {
    name: "Satisfaction with repairs",
    finding: "who had a repair in the last year were satisfied with the repairs service",
  },
  TP03: {
    name: "Satisfaction with the time taken to complete the most recent repair",
    finding: "who had a repair in the last year were satisfied with the time it took",
  },
  TP04: {
    name: "Satisfaction that the home is well maintained",
    finding: "were satisfied that their home is well maintained",
  },
  TP05: { name: "Satisfaction that the home is safe", finding: "were satisfied that their home is safe" },
  TP06: {
    name: "Satisfaction that the landlord listens to tenant views and acts upon them",
    finding: "were satisfied that we listen to their views and act on them",
  },
  TP07: {
    name: "Satisfaction that the landlord keeps tenants informed about things that matter to them",
    finding: "were satisfied that we keep them informed about things that matter to them",
  },
  TP08: {
    name: "Agreement that the landlord treats tenants fairly and with respect",
    finding: "agreed that we treat them fairly and with respect",
  },
  TP09: {
    name: "Satisfaction with the landlord's approach to handling complaints",
    finding: "who made a complaint in the last year were satisfied with how we handle complaints",
  },
  TP10: {
    name: "Satisfaction that the landlord keeps communal areas clean and well maintained",
    finding: "who have communal areas were satisfied that we keep them clean and well maintained",
  },
  TP11: {
    name: "Satisfaction that the landlord makes a positive contribution to neighbourhoods",
    finding: "were satisfied that we make a positive contribution to their neighbourhood",
  },
  TP12: {
    name: "Satisfaction with the landlord's approach to handling anti-social behaviour",
    finding: "were satisfied with how we handle anti-social behaviour",
  },
  ARC1: {
    name: "Tenants satisfied with the overall service provided by their landlord",
    finding: "were satisfied with our services overall",
  },
  ARC2: {
    name: "Tenants who feel their landlord is good at keeping them informed about services and decisions",
    finding: "said we are good at keeping them informed about our services and decisions",
  },
  ARC5: {
    name: "Tenants satisfied with the opportunities to participate in their landlord's decision making",
    finding: "were satisfied with the chances we give them to take part in our decisions",
  },
};

export const measureName = (code: string) => MEASURE_LABEL[code]?.name ?? code;

export const TENURE_LABEL = {
  all: "All tenants",
  LCRA: "Low-cost rental (LCRA)",
  LCHO: "Low-cost home ownership (LCHO)",
} as const;
