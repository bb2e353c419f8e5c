import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, paginate } from "@/lib/paging";
import { listAreas } from "./areas";
import type { CustomerSearch } from "./schemas";
import { customerKindOptions } from "@/lib/people/labels";
import { getLandlord } from "@/lib/landlord/queries";

export const getStaffOverview = async () => {
  const [activeCustomers, areas] = await Promise.all([
    db.customer.count({ where: { status: "ACTIVE" } }),
    db.area.count(),
  ]);
  return { activeCustomers, areas };
};

const searchWhere = (search: CustomerSearch): Prisma.CustomerWhereInput => {
  const words = search.q?.split(/\s+/).filter(Boolean) ?? [];
  return {
    anonymisedAt: null,
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
        { reference: { equals: word, mode: "insensitive" as const } },
        { home: { postcode: { contains: word, mode: "insensitive" as const } } },
      ],
    })),
    ...(search.kind && { kind: search.kind }),
    ...(search.area && { home: { areaId: search.area } }),
    ...(search.group && { memberships: { some: { groupId: search.group, endedOn: null } } }),
    ...(search.channel && { consents: { some: { channel: search.channel } } }),
    ...(search.need && { supportNeeds: { some: { kind: search.need } } }),
  };
};

export const searchCustomers = async (search: CustomerSearch) => {
  const where = searchWhere(search);
  const { rows: customers, ...paging } = await paginate(
    search.page,
    PAGE_SIZE,
    () => db.customer.count({ where }),
    (window) =>
      db.customer.findMany({
        where,
        // The reference is unique, so people with the same name keep their places between pages.
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { reference: "asc" }],
        ...window,
        select: {
          id: true,
          reference: true,
          firstName: true,
          lastName: true,
          kind: true,
          status: true,
          home: { select: { addressLine1: true, postcode: true, area: { select: { name: true } } } },
        },
      }),
  );
  return { customers, ...paging };
};

export const getSearchFilters = async () => {
  const [areas, groups, landlord] = await Promise.all([
    listAreas(),
    db.group.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    getLandlord(),
  ]);
  return { areas, groups, kinds: customerKindOptions(landlord.regime) };
};

export const getCustomerProfile = (id: string) =>
  db.customer.findFirst({
    where: { id, anonymisedAt: null },
    select: {
      id: true,
      reference: true,
      firstName: true,
      lastName: true,
      kind: true,
      status: true,
      email: true,
      phone: true,
      preferredChannel: true,
      user: { select: { id: true } },
      home: {
        select: {
          addressLine1: true,
          addressLine2: true,
          town: true,
          postcode: true,
          stockType: true,
          hasCommunalAreas: true,
          area: { select: { name: true } },
        },
      },
      consents: { select: { channel: true, consentedAt: true }, orderBy: { channel: "asc" } },
      supportNeeds: { select: { kind: true, language: true, interpreterNeeded: true }, orderBy: { kind: "asc" } },
      memberships: {
        select: {
          id: true,
          role: true,
          startedOn: true,
          endedOn: true,
          group: { select: { id: true, name: true, type: true } },
        },
        orderBy: { startedOn: "desc" },
      },
      consultationResponses: {
        select: { id: true, channel: true, submittedAt: true, consultation: { select: { id: true, title: true } } },
        orderBy: { submittedAt: "desc" },
      },
      eventRegistrations: {
        select: {
          id: true,
          status: true,
          event: {
            select: {
              id: true,
              title: true,
              startsAt: true,
              attendances: { where: { customerId: id }, select: { walkIn: true } },
            },
          },
        },
        orderBy: { registeredAt: "desc" },
      },
      eventAttendances: {
        where: { walkIn: true },
        select: { event: { select: { id: true, title: true, startsAt: true } } },
      },
      trainingCompletions: {
        select: { id: true, completedAt: true, course: { select: { title: true } } },
        orderBy: { completedAt: "desc" },
      },
      perceptionResponses: {
        select: { id: true, method: true, round: { select: { id: true, year: true } } },
        orderBy: { submittedAt: "desc" },
      },
    },
  });

/** The register of Registered Tenant Organisations, open to public inspection. */
export const listRtoRegister = () =>
  db.group.findMany({
    where: { type: "RTO", rtoStatus: { not: null } },
    orderBy: [{ rtoStatus: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      rtoAreaCovered: true,
      rtoRegisteredOn: true,
      rtoStatus: true,
      nextReviewOn: true,
      annualReturnReceivedOn: true,
      deregistrationReason: true,
    },
  });

/** The current preferences in the shape the preferences form edits. */
export const getCustomerPreferences = async (customerId: string) => {
  const customer = await db.customer.findFirst({
    where: { id: customerId, anonymisedAt: null },
    select: {
      firstName: true,
      lastName: true,
      preferredChannel: true,
      consents: { select: { channel: true } },
      supportNeeds: { select: { kind: true, language: true, interpreterNeeded: true } },
    },
  });
  if (!customer) return null;
  const language = customer.supportNeeds.find((need) => need.kind === "OTHER_LANGUAGE");
  return {
    name: `${customer.firstName} ${customer.lastName}`,
    channels: customer.consents.map((c) => c.channel),
    preferredChannel: customer.preferredChannel ?? undefined,
    needs: customer.supportNeeds.map((n) => n.kind),
    language: language?.language ?? undefined,
    interpreterNeeded: language?.interpreterNeeded ?? false,
  };
};

export type PreferencesView = NonNullable<Awaited<ReturnType<typeof getCustomerPreferences>>>;

export const getEqualityForm = async (customerId: string) => {
  const [questions, answers] = await Promise.all([
    db.equalityQuestion.findMany({
      orderBy: { position: "asc" },
      select: { id: true, key: true, label: true, options: true },
    }),
    db.equalityAnswer.findMany({ where: { customerId }, select: { questionId: true, answer: true } }),
  ]);
  const given = new Map(answers.map((a) => [a.questionId, a.answer]));
  return questions.map((q) => ({ key: q.key, label: q.label, options: q.options, answer: given.get(q.id) }));
};
