import { saveLandlordFields } from "./save-landlord-fields";
import type { StatementSettings } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

/** What the accessibility statement and privacy notice are generated from. */
export const updateStatements = ({ actor, statements }: { actor: Actor; statements: StatementSettings }) =>
  saveLandlordFields({
    actor,
    action: "landlord.statements.updated",
    fields: {
      accessibilityStatus: statements.accessibilityStatus,
      accessibilityIssues: statements.accessibilityIssues ?? null,
      accessibilityTestedOn: statements.accessibilityTestedOn ?? null,
      icoRegistration: statements.icoRegistration?.toUpperCase() ?? null,
      dataProtectionContact: statements.dataProtectionContact ?? null,
      retention: statements.retention ?? null,
    },
  });
