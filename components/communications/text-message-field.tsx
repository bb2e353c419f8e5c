"use client";

import { useState } from "react";
import { describedBy, fieldBox, FieldMessages } from "@/components/ui/field-messages";
import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";
import { fullTextMessage } from "@/lib/communications/schemas";
import { MAX_TEXT_SEGMENTS, textSegments } from "@/lib/communications/text-segments";

type Props = { state: FormState; label: string; sampleLink: string };

/**
 * The short version sent by text. The count below updates while typing where JavaScript runs; without it the hint
 * states the rule and the server checks it on saving.
 */
export const TextMessageField = ({ state, label, sampleLink }: Props) => {
  const submitted = submittedValue(state, "textMessage");
  const [text, setText] = useState(typeof submitted === "string" ? submitted : "");
  const error = fieldError(state, "textMessage");
  const { segments, length } = textSegments(fullTextMessage(text, sampleLink));
  const hint = `At most ${MAX_TEXT_SEGMENTS} texts of 160 characters, including the link and "Reply STOP to stop texts" that we add.`;
  return (
    <div className={fieldBox(error)}>
      <label htmlFor="textMessage" className="block text-lg font-bold">
        {label}
      </label>
      <FieldMessages name="textMessage" hint={hint} error={error} />
      <textarea
        id="textMessage"
        name="textMessage"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${describedBy("textMessage", hint, error) ?? ""} textMessage-count`.trim()}
        className={`mt-1 block w-full max-w-2xl border-2 p-2 text-lg focus:outline-4 focus:outline-yellow-400 ${error ? "border-red-700" : "border-gray-900"}`}
      />
      <p
        id="textMessage-count"
        aria-live="polite"
        className={segments > MAX_TEXT_SEGMENTS ? "font-bold text-red-800" : ""}
      >
        {length} characters with the link: {segments} {segments === 1 ? "text" : "texts"}
        {segments > MAX_TEXT_SEGMENTS && ", too long"}
      </p>
    </div>
  );
};
