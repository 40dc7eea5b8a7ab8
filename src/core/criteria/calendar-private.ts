import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "CALENDAR-PRIVATE",
  practice: "calendars_private",
  severity: "medium",
  references: ["https://eur-lex.europa.eu/eli/reg/2016/679/oj"],
});
