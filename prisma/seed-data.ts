// Deterministic demo data for a fictional landlord: the same input always gives the same rows.
import type {
  ContactChannel,
  CustomerKind,
  GroupType,
  MembershipRole,
  Regime,
  Role,
  StockType,
  SupportNeedKind,
} from "../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "involve-demo-password";

/**
 * The demo administrator's authenticator app secret (README "Demo accounts"): the demo requires a second factor of
 * administrators, so anyone trying the demo adds this to an app by hand, and the tests make codes from it.
 */
export const DEMO_ADMIN_EMAIL = "admin@involve.test";
export const DEMO_ADMIN_TOTP_SECRET = "INVOLVEDEMOADMINTOTPSECRETKEY234";

export const DEMO_USERS: { email: string; name: string; role: Role; customerRef?: string }[] = [
  { email: "tenant@involve.test", name: "Morag Campbell", role: "TENANT", customerRef: "C00001" },
  { email: "tenant2@involve.test", name: "Arjun Patel", role: "TENANT", customerRef: "C00002" },
  { email: "officer@involve.test", name: "Owen Officer", role: "OFFICER" },
  { email: "board@involve.test", name: "Bridget Board", role: "BOARD" },
  { email: DEMO_ADMIN_EMAIL, name: "Ada Admin", role: "ADMIN" },
];

export const AREAS = ["Riverside", "Hillhead", "Millbrook", "Eastgate", "Northfield", "Old Town"];

const FIRST = [
  "Morag",
  "Arjun",
  "Siobhan",
  "Kwame",
  "Irene",
  "Tomasz",
  "Fatima",
  "Gordon",
  "Leanne",
  "Mohammed",
  "Agnes",
  "Callum",
  "Precious",
  "Derek",
  "Aisha",
  "Stuart",
  "Bernadette",
  "Wei",
  "Heather",
  "Liam",
];
const LAST = [
  "Campbell",
  "Patel",
  "O'Neill",
  "Mensah",
  "Fraser",
  "Nowak",
  "Hussain",
  "McLeod",
  "Wright",
  "Khan",
  "Robertson",
  "Murray",
  "Okafor",
  "Thomson",
  "Begum",
  "Reid",
  "Doherty",
  "Chen",
  "Stewart",
  "Walsh",
];
const STREETS = [
  "Mill Lane",
  "Station Road",
  "Church Street",
  "Park Avenue",
  "Burn Terrace",
  "Orchard Close",
  "Victoria Road",
  "Kirk Wynd",
];

// Mulberry32: a tiny seeded generator, so the demo is identical on every machine.
export const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const KINDS: CustomerKind[] = [
  "TENANT",
  "TENANT",
  "TENANT",
  "TENANT",
  "JOINT_TENANT",
  "LEASEHOLDER",
  "FACTORED_OWNER",
  "APPLICANT",
];

const stockFor = (regime: Regime, kind: CustomerKind): StockType => {
  const ownsHome = kind === "LEASEHOLDER" || kind === "FACTORED_OWNER";
  if (regime === "ENGLAND") return ownsHome ? "LCHO" : "LCRA";
  return ownsHome ? "OTHER" : "SOCIAL_RENT";
};

export const CUSTOMER_COUNT = 320;

export const buildCustomers = (regime: Regime) => {
  const random = generator(20261122);
  const homes = [];
  const customers = [];
  const consents: { customerId: string; channel: ContactChannel; consentedAt: Date }[] = [];
  const supportNeeds: { customerId: string; kind: SupportNeedKind; language?: string; interpreterNeeded?: boolean }[] =
    [];
  for (let i = 1; i <= CUSTOMER_COUNT; i += 1) {
    const ref = String(i).padStart(5, "0");
    const kind = i <= 2 ? "TENANT" : pick(random, KINDS);
    const area = AREAS[i % AREAS.length] as string;
    const first = i <= 2 ? (DEMO_USERS[i - 1]?.name.split(" ")[0] ?? "") : pick(random, FIRST);
    const last = i <= 2 ? (DEMO_USERS[i - 1]?.name.split(" ")[1] ?? "") : pick(random, LAST);
    const homeId = kind === "APPLICANT" ? null : `home-${ref}`;
    if (homeId) {
      homes.push({
        id: homeId,
        reference: `H${ref}`,
        addressLine1: `${1 + Math.floor(random() * 120)} ${pick(random, STREETS)}`,
        town: "Northvale",
        postcode: `NV${1 + (i % AREAS.length)} ${1 + Math.floor(random() * 9)}${pick(random, ["AB", "DE", "HJ", "PQ", "TU"])}`,
        areaId: `area-${AREAS.indexOf(area)}`,
        stockType: stockFor(regime, kind),
        hasCommunalAreas: random() < 0.4,
      });
    }
    customers.push({
      id: `customer-${ref}`,
      reference: `C${ref}`,
      kind,
      status: i % 37 === 0 ? ("FORMER" as const) : ("ACTIVE" as const),
      firstName: first,
      lastName: last,
      email: i <= 2 ? DEMO_USERS[i - 1]?.email : random() < 0.6 ? `customer${ref}@example.org` : null,
      phone: random() < 0.7 ? `07700 9${ref.slice(1)}` : null,
      homeId,
    });
    const customerId = `customer-${ref}`;
    const consentedAt = new Date(Date.UTC(2025, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    for (const channel of CHANNELS) {
      if (random() < 0.5 || (i <= 2 && channel === "EMAIL")) consents.push({ customerId, channel, consentedAt });
    }
    const need = random();
    if (need < 0.08) supportNeeds.push({ customerId, kind: "LARGE_PRINT" });
    else if (need < 0.12)
      supportNeeds.push({
        customerId,
        kind: "OTHER_LANGUAGE",
        language: pick(random, LANGUAGES),
        interpreterNeeded: true,
      });
    else if (need < 0.16) supportNeeds.push({ customerId, kind: "TRANSPORT" });
    else if (need < 0.2) supportNeeds.push({ customerId, kind: "DIGITAL_HELP" });
    else if (need < 0.22) supportNeeds.push({ customerId, kind: "HEARING_LOOP" });
  }
  return { homes, customers, consents, supportNeeds };
};

const CHANNELS: ContactChannel[] = ["EMAIL", "SMS", "PHONE", "LETTER"];
const LANGUAGES = ["Polish", "Urdu", "Arabic", "Romanian", "Cantonese"];

type SeedGroup = {
  id: string;
  name: string;
  type: GroupType;
  description: string;
  rto?: { registeredOn: string; area: string; status: "REGISTERED" | "SUSPENDED" | "DEREGISTERED"; reason?: string };
};

export const GROUPS: SeedGroup[] = [
  {
    id: "group-scrutiny",
    name: "Tenant Scrutiny Panel",
    type: "SCRUTINY_PANEL",
    description: "Examines one service a year and recommends improvements.",
  },
  {
    id: "group-panel",
    name: "Interested Tenants Panel",
    type: "TENANT_PANEL",
    description: "Tenants who answer quick polls and read draft leaflets.",
  },
  {
    id: "group-publicity",
    name: "Customer Publicity Group",
    type: "PUBLICITY_GROUP",
    description: "Checks our letters and newsletters for plain English.",
  },
  {
    id: "group-rto-riverside",
    name: "Riverside Tenants and Residents Association",
    type: "RTO",
    description: "Represents tenants on the Riverside estate.",
    rto: { registeredOn: "2019-05-14", area: "Riverside", status: "REGISTERED" },
  },
  {
    id: "group-rto-hillhead",
    name: "Hillhead Community Voice",
    type: "RTO",
    description: "Tenants and owners in Hillhead.",
    rto: { registeredOn: "2021-09-02", area: "Hillhead", status: "REGISTERED" },
  },
  {
    id: "group-rto-millbrook",
    name: "Millbrook Residents Group",
    type: "RTO",
    description: "Former residents' group for Millbrook Court.",
    rto: {
      registeredOn: "2016-03-10",
      area: "Millbrook",
      status: "DEREGISTERED",
      reason: "No annual general meeting held since 2023",
    },
  },
];

const ROLES_IN_ORDER: MembershipRole[] = ["CHAIR", "SECRETARY", "TREASURER"];

/** Eight members per group from a spread of customers; the first three hold the offices. */
export const buildMemberships = () =>
  GROUPS.flatMap((group, g) =>
    Array.from({ length: 8 }, (_, m) => ({
      id: `membership-${g}-${m}`,
      groupId: group.id,
      customerId: `customer-${String(3 + g * 11 + m * 7).padStart(5, "0")}`,
      role: ROLES_IN_ORDER[m] ?? ("MEMBER" as const),
      startedOn: new Date(Date.UTC(2022 + (m % 3), m % 12, 1)),
      endedOn: m === 7 ? new Date(Date.UTC(2025, 2, 31)) : null,
    })),
  ).concat([
    {
      id: "membership-tenant",
      groupId: "group-panel",
      customerId: "customer-00001",
      role: "MEMBER",
      startedOn: new Date(Date.UTC(2024, 0, 15)),
      endedOn: null,
    },
  ]);

/**
 * How a landlord's tenants answer, roughly as social housing tenants do in the census: most answers are the
 * common one (few tenants are pregnant, most are straight), not spread evenly across the options as a uniform
 * pick would make them. Options not named here are equally likely.
 */
const ANSWER_WEIGHTS: Record<string, Record<string, number>> = {
  age: {
    "16 to 24": 5,
    "25 to 34": 14,
    "35 to 44": 17,
    "45 to 54": 19,
    "55 to 64": 18,
    "65 to 74": 14,
    "75 or over": 13,
  },
  disability: { Yes: 35, No: 65 },
  sex: { Female: 58, Male: 42 },
  gender_reassignment: { Yes: 99, No: 1 },
  ethnicity: {
    "Asian or Asian British": 6,
    "Black, Black British, Caribbean or African": 7,
    "Mixed or multiple ethnic groups": 3,
    White: 82,
    "Another ethnic group": 2,
  },
  religion: {
    "No religion": 40,
    Buddhist: 1,
    Christian: 46,
    Hindu: 1,
    Jewish: 1,
    Muslim: 8,
    Sikh: 1,
    "Another religion or belief": 2,
  },
  sexual_orientation: {
    Bisexual: 2,
    "Gay or lesbian": 3,
    "Straight or heterosexual": 93,
    "Another sexual orientation": 2,
  },
  marriage: { Yes: 28, No: 72 },
  pregnancy: { Yes: 2, No: 98 },
};

const weightedPick = (random: () => number, key: string, options: readonly string[]) => {
  const weights = options.map((option) => ANSWER_WEIGHTS[key]?.[option] ?? 1);
  let roll = random() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, weight] of weights.entries()) {
    roll -= weight;
    if (roll < 0) return options[index] as string;
  }
  return options.at(-1) as string;
};

/** About half the customers answered the equality questions; some preferred not to say. */
export const buildEqualityAnswers = (questions: { key: string; options: string[] }[]) => {
  const random = generator(7);
  const answeredAt = new Date(Date.UTC(2026, 0, 15));
  return Array.from({ length: CUSTOMER_COUNT }, (_, index) => index + 1)
    .filter(() => random() < 0.55)
    .flatMap((i) =>
      questions.map((question) => ({
        customerId: `customer-${String(i).padStart(5, "0")}`,
        questionId: `equality-${question.key}`,
        answer: random() < 0.06 ? "Prefer not to say" : weightedPick(random, question.key, question.options),
        answeredAt,
      })),
    );
};
