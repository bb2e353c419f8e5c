import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { importBoundaries } from "./lint/boundaries.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...importBoundaries,
  {
    files: ["tests/**/*.ts"],
    rules: {
      // A refusal test must say which refusal: a bare toThrow() also passes when something unrelated breaks.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[arguments.length=0][callee.property.name=/^toThrow(Error)?$/][callee.object.property.name='rejects']",
          message: "Assert the refusal: its message, error type, code or fieldErrors, not a bare .rejects.toThrow().",
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "bench/next-floor/.next/**",
    "lib/generated/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
