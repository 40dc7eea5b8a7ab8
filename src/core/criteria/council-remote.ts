import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "COUNCIL-REMOTE",
  practice: "council_meetings_lawful",
  severity: "medium",
  references: [
    "http://questions.assemblee-nationale.fr/q16/16-13609QE.htm",
    "https://french-business-law.com/rench-legislation-art/article-l5211-11-1-of-the-french-general-code-of-local-authorities",
  ],
  // A municipal council deliberates in person (CGCT L.2121-7); EPCI, departmental and regional councils
  // may meet by video under conditions (3DS law, art. 170). Other organisations have no council.
  severityFor: (ctx) => {
    switch (ctx.org.type) {
      case "commune":
        return "high";
      case "epci":
      case "syndicat":
      case "departement":
      case "region":
        return "medium";
      default:
        return null;
    }
  },
});
