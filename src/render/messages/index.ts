import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Lang, Messages } from "./types.js";

export const MESSAGES: Record<Lang, Messages> = { fr, en };
export type { Lang, Messages, MessageHelpers } from "./types.js";
