import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

const ISSUER = "Involve";

/** Codes from one step either side of now are accepted: a phone's clock may be a little out, and typing takes time. */
export const TOTP_TOLERANCE_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

/** The otpauth:// address an authenticator app reads from the QR code, and the QR code itself as SVG markup. */
export const enrolmentQr = async (email: string, secret: string) => {
  const uri = generateURI({ issuer: ISSUER, label: email, secret });
  return QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
};

/** The 30-second step a six-digit code belongs to, or null. Steps up to `lastStep` were used already and are refused. */
export const checkTotp = async (secret: string, code: string, lastStep: number | null, now = Date.now()) => {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  }).catch(() => ({ valid: false as const }));
  // delta is how many 30-second steps from now the code matched.
  return result.valid ? Math.floor(now / 30_000) + result.delta : null;
};
