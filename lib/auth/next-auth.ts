import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authSecret } from "@/lib/secret";
import { readTicket } from "./sign-in-ticket";

export const SESSION_SECONDS = 8 * 60 * 60;

/**
 * The password (and code) are checked by the sign-in actions, with throttling; next-auth only turns a ticket signed
 * by the server into a session, so its own callback endpoint cannot be used to guess passwords.
 */
export const { handlers, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: { error: (error) => error.name !== "CredentialsSignin" && console.error(error) },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      authorize: async (credentials) => {
        const userId = readTicket(credentials.ticket, "session");
        if (!userId) throw new CredentialsSignin();
        const user = await db.user.findUnique({
          where: { id: userId },
          select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
        });
        if (!user || user.disabledAt) throw new CredentialsSignin();
        await db.auditEvent.create({
          data: { actorId: user.id, action: "auth.signed-in", entityType: "User", entityId: user.id },
        });
        return user;
      },
    }),
  ],
  callbacks: {
    // Claims are set once, at sign-in: a refreshed cookie keeps its session id, version and absolute end.
    jwt: ({ token, user }) => {
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion: number }).sessionVersion;
        token.sid = randomUUID();
        token.sxp = Date.now() + SESSION_SECONDS * 1000;
        token.role = (user as { role: Role }).role;
      }
      return token;
    },
    session: ({ session, token }) => ({
      ...session,
      user: { ...session.user, id: token.sub ?? "" },
      claims: { sv: token.sv, sid: token.sid, sxp: token.sxp },
    }),
  },
});

export type { Role };
