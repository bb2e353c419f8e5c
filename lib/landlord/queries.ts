import { cache } from "react";
import { isBuildPhase } from "@/lib/build-phase";
import { db } from "@/lib/db";

const UNNAMED = { name: "Involve", regime: "ENGLAND" as const, secondFactorRequiredFor: "NOBODY" as const };

// The landlord's settings and look, read once per request. The build renders pages without the database
// (build-phase.ts). Page headers and titles read the cached copy in lib/landlord/chrome.ts instead.
const getLandlordHeader = cache(async () =>
  isBuildPhase()
    ? null
    : db.landlord.findUnique({
        where: { id: 1 },
        select: {
          name: true,
          regime: true,
          secondFactorRequiredFor: true,
          brandColour: true,
          logoPath: true,
          logoType: true,
          updatedAt: true,
        },
      }),
);

export const getLandlord = async () => {
  const landlord = await getLandlordHeader();
  return landlord
    ? { name: landlord.name, regime: landlord.regime, secondFactorRequiredFor: landlord.secondFactorRequiredFor }
    : UNNAMED;
};

/** The landlord's name and how to reach them: email sign-offs, the contact page and the statements. */
export const getLandlordContact = async () =>
  (await db.landlord.findUnique({
    where: { id: 1 },
    select: { name: true, contactPhone: true, contactEmail: true, contactAddress: true, openingHours: true },
  })) ?? { name: "Involve", contactPhone: null, contactEmail: null, contactAddress: null, openingHours: null };

/** Everything the accessibility statement and privacy notice are generated from. */
export const getLandlordStatements = async () => {
  const landlord = await db.landlord.findUnique({
    where: { id: 1 },
    select: {
      name: true,
      contactPhone: true,
      contactEmail: true,
      contactAddress: true,
      openingHours: true,
      accessibilityStatus: true,
      accessibilityIssues: true,
      accessibilityTestedOn: true,
      icoRegistration: true,
      dataProtectionContact: true,
      retention: true,
    },
  });
  return (
    landlord ?? {
      ...(await getLandlordContact()),
      accessibilityStatus: "PARTIAL" as const,
      accessibilityIssues: null,
      accessibilityTestedOn: null,
      icoRegistration: null,
      dataProtectionContact: null,
      retention: null,
    }
  );
};

export type LandlordLook = { brandColour: string | null; logoPath: string | null; logoSrc: string | null };

/** The header's colour and logo: `logoSrc` is the address to show, whether a same-site file or the upload. */
export const landlordLook = (
  landlord: { brandColour: string | null; logoPath: string | null; logoType: string | null; updatedAt: Date } | null,
): LandlordLook => {
  if (!landlord) return { brandColour: null, logoPath: null, logoSrc: null };
  // The upload's address changes with each save, so a browser never keeps showing the old logo.
  const uploaded = landlord.logoType ? `/logo?v=${landlord.updatedAt.getTime()}` : null;
  return { brandColour: landlord.brandColour, logoPath: landlord.logoPath, logoSrc: landlord.logoPath ?? uploaded };
};

export const getLandlordLook = async () => landlordLook(await getLandlordHeader());

export const getLandlordLogo = () =>
  db.landlord.findFirst({ where: { id: 1, logoType: { not: null } }, select: { logoImage: true, logoType: true } });
