import { describe, expect, it } from "vitest";
import { chooseChannel, type Reachable } from "@/lib/communications/choose-channel";

const person = (overrides: Partial<Reachable>): Reachable => ({
  preferred: null,
  consents: [],
  email: "a@example.test",
  phone: "07700900123",
  hasAddress: true,
  ...overrides,
});

describe("choosing how to reach someone", () => {
  it("uses the preferred channel when they consented to it", () => {
    expect(chooseChannel(person({ preferred: "SMS", consents: ["EMAIL", "SMS"] }))).toBe("SMS");
    expect(chooseChannel(person({ preferred: "LETTER", consents: ["EMAIL", "LETTER"] }))).toBe("LETTER");
  });

  it("uses another consented channel when the preferred one has no consent or no address", () => {
    expect(chooseChannel(person({ preferred: "SMS", consents: ["EMAIL"] }))).toBe("EMAIL");
    expect(chooseChannel(person({ preferred: "EMAIL", consents: ["EMAIL", "SMS"], email: null }))).toBe("SMS");
    expect(chooseChannel(person({ preferred: "PHONE", consents: ["PHONE", "SMS"] }))).toBe("SMS");
  });

  it("prefers email, then text, when no preference is recorded", () => {
    expect(chooseChannel(person({ consents: ["SMS", "EMAIL"] }))).toBe("EMAIL");
    expect(chooseChannel(person({ consents: ["SMS"] }))).toBe("SMS");
  });

  it("falls back to post to their home, and to nobody without a home address", () => {
    expect(chooseChannel(person({ preferred: "EMAIL", consents: [] }))).toBe("LETTER");
    expect(chooseChannel(person({ consents: ["PHONE"], hasAddress: true }))).toBe("LETTER");
    expect(chooseChannel(person({ consents: [], hasAddress: false }))).toBeNull();
    expect(chooseChannel(person({ preferred: "SMS", consents: ["SMS"], phone: null, hasAddress: false }))).toBeNull();
  });
});
