import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { clientIp } from "./client-ip";
import { ZSignInInput } from "./schemas";
import { authSecret } from "./secret";
import { verifySignIn } from "./verify-sign-in";

// The code travels to the sign-in action; it names no detail an attacker could use.
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
    jwt: ({ token, user }) => {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub ?? "" } }),
  },
});

export type { Role };
