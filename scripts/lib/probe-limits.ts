import type { Probe } from "./probe-second-round";
import { actionFields } from "./sign-in-over-http";

type Answer = { status: number; headers: Headers; body: string };

type Helpers = {
  signInForm: () => Promise<[string, string][]>;
  postForm: (
    label: string,
    path: string,
    fields: [string, string | Buffer][],
    headers?: Record<string, string>,
  ) => Promise<Answer>;
  send: (label: string, path: string) => Promise<Answer>;
};

const cookiesSet = (answer: Answer) => (answer.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0] ?? "");

/**
 * Limits that must slow an attacker without shutting out the owner (issue 22): the demo board member signs in, then
 * someone else guesses their password twelve times, then the owner signs in again from the same browser; and twelve
 * anonymous feedback forms sent at once from one client.
 */
export const checkLimitsHoldForTheOwner = async (probe: Probe, { signInForm, postForm, send }: Helpers) => {
  const owner = "board@involve.test";
  const password = "involve-demo-password";
  const hidden = await signInForm();
  const first = await postForm("owner signs in", "/sign-in", [...hidden, ["email", owner], ["password", password]]);
  const device = cookiesSet(first).find((c) => c.startsWith("involve-device="));
  probe.check("signing in remembers the browser", Boolean(device), "no device cookie");
  for (let i = 0; i < 12; i += 1)
    await postForm("attacker guesses", "/sign-in", [...hidden, ["email", owner], ["password", `guess-${i}`]]);
  const during = await postForm(
    "owner during attack",
    "/sign-in",
    [...hidden, ["email", owner], ["password", password]],
    {
      cookie: device ?? "",
    },
  );
  const signedIn = cookiesSet(during).some((c) => c.includes("authjs.session-token="));
  probe.check("the owner signs in from their browser during an attack", signedIn, `status ${during.status}`);

  const feedbackHidden = actionFields((await send("feedback page", "/feedback")).body);
  const burst = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      postForm("feedback burst", "/feedback", [
        ...feedbackHidden,
        ["kind", "COMMENT"],
        ["serviceArea", "REPAIRS"],
        ["details", `Probe feedback number ${i}, sent in a burst.`],
        ["contactName", "Probe"],
        ["contactEmail", "probe@example.test"],
      ]),
    ),
  );
  const sent = burst.filter((r) => r.status === 303).length;
  const refused = burst.filter((r) => r.body.includes("Try again in")).length;
  probe.check(
    "12 anonymous feedback forms at once: at most 5 accepted, the rest told when to try again",
    sent <= 5 && sent + refused === 12,
    `${sent} accepted, ${refused} refused`,
  );
  return `anonymous feedback burst: ${sent} accepted, ${refused} refused of 12`;
};
