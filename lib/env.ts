import { z } from "zod";

// The only reader of process.env: everything else imports `env`.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Connections each app server may hold; several servers share the database's max_connections (default 100).
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // "1" notes every query on stderr, so the HTTP benchmark can count what each page costs.
  DB_QUERY_LOG: z.enum(["0", "1"]).default("0"),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** Tests only: a migrated PGlite data folder dump that a new embedded database starts from. */
  PGLITE_TEMPLATE: z.string().min(1).optional(),
  FILES_DIR: z.string().min(1).default(".data/files"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  /** How many proxies in front of the portal append to X-Forwarded-For; 0 (default) believes none of it. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Tests only: every email is also appended here as a JSON line, so end-to-end tests can follow emailed links. */
  MAIL_CAPTURE_FILE: z.string().optional(),
  MAIL_FROM: z.string().default("Involve <no-reply@involve.invalid>"),
  /** Who delivers each kind of message (README "Newsletters and providers"); unset: SMTP when SMTP_URL, else the outbox. */
  EMAIL_PROVIDER: z.enum(["outbox", "smtp", "notify"]).optional(),
  SMS_PROVIDER: z.enum(["outbox", "twilio", "notify"]).default("outbox"),
  LETTER_PROVIDER: z.enum(["outbox", "notify"]).default("outbox"),
  NOTIFY_API_KEY: z.string().optional(),
  /** GOV.UK Notify's address; a test points it at a local stub. */
  NOTIFY_BASE_URL: z.url().default("https://api.notifications.service.gov.uk"),
  NOTIFY_EMAIL_TEMPLATE_ID: z.string().optional(),
  NOTIFY_SMS_TEMPLATE_ID: z.string().optional(),
  NOTIFY_LETTER_TEMPLATE_ID: z.string().optional(),
  /** The bearer token Notify sends with its delivery receipts, set in Notify's callback settings. */
  NOTIFY_CALLBACK_TOKEN: z.string().min(16).optional(),
  TWILIO_BASE_URL: z.url().default("https://api.twilio.com"),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  /** How often the queue fails jobs whose worker died, so they are retried; tests shorten it. */
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** A message still sending this long after a worker claimed it is taken as lost with its worker, and retried. */
  DELIVERY_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** "0" keeps background jobs out of the web server when `npm run worker` runs them elsewhere (README). */
  JOBS_IN_WEB: z.enum(["0", "1"]).default("1"),
  // Set by `next build` while it prerenders pages (lib/build-phase.ts).
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof ZEnv>;

const parseEnv = (): Env => {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
};

export const env = parseEnv();
