import { confirm, input, select } from "@inquirer/prompts";
import type { PromptApi } from "../interview.js";
import { interviewTexts } from "../interview.js";
import type { Lang } from "../../render/messages/index.js";
import { searchCheckbox } from "./search-checkbox.js";


/** The interview's prompts, on the real terminal. */
export function inquirerApi(lang: Lang): PromptApi {
  const t = interviewTexts(lang);
  return {
    input: (o) => input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) }),
    select: (o) =>
      select({
        message: o.message,
        choices: o.choices,
        ...(o.default !== undefined ? { default: o.default } : {}),
        pageSize: 12,
        // inquirer words its key hints in English: reword them in the interview's language.
        theme: { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([k, a]) => `${k} ${t.keys[a] ?? a}`).join(" • ") } },
      }),
    confirm: (o) => confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }),
    searchCheckbox: (o) => searchCheckbox({ message: o.message, choices: o.choices, texts: { filter: t.filter, help: t.help, selected: t.selected, none: t.none } }),
  };
}
