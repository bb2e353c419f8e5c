import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { clientIp } from "./client-ip";
import { ZSignInInput } from "./schemas";
import { authSecret } from "./secret";
import { verifySignIn, type SignedInUser } from "./verify-sign-in";

// The code travels to the sign-in action; it names no detail an attacker could use.
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const SESSION_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A refused sign-in is an expected outcome, counted by the rate limiter, not a fault to log.
  logger: { error: (error) => error.name !== "CredentialsSignin" && console.error(error) },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        const input = ZSignInInput.safeParse(credentials);
        if (!input.success) throw new SignInRefused("invalid");
        try {
          return await verifySignIn({ ...input.data, ip: clientIp(request.headers) });
        } catch (error) {
          if (error instanceof DomainError) throw new SignInRefused(error.code);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // Claims are set once, at sign-in: a refreshed cookie keeps its session id, version and absolute end.
    jwt: ({ token, user }) => {
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as SignedInUser).sessionVersion;
        token.sid = randomUUID();
        token.sxp = Date.now() + SESSION_SECONDS * 1000;
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
