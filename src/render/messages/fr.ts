import type { Messages } from "./types.js";

const s = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export const fr: Messages = {
  severity: { critical: "critique", high: "élevé", medium: "moyen", low: "faible", info: "info" },
  verdict: { ok: "conforme", warn: "à surveiller", fail: "non conforme", unknown: "non évalué" },
  answer: { yes: "oui", no: "non", partial: "en partie", unknown: "ne sait pas", missing: "non renseigné" },
  orgType: {
    commune: "commune",
    epci: "EPCI",
    syndicat: "syndicat",
    departement: "département",
    region: "région",
    etat: "service de l'État",
    "etablissement-public": "établissement public",
    association: "association",
    entreprise: "entreprise",
    autre: "autre organisation",
  },
  confidence: { verified: "vérifié", secondary: "source secondaire", unverified: "non vérifié" },
  origin: { catalogue: "catalogue", declared: "déclaré", measured: "mesuré" },
  rules: {
    "HOST-EU": {
      title: "Hébergement dans l'UE",
      remediation: "Choisir une offre hébergée dans l'UE (de préférence en France) ou activer l'option de résidence des données dans l'UE, et l'inscrire au contrat.",
    },
    "JURIS-EXTRA-EU": {
      title: "Juridiction extra-européenne",
      remediation: "Préférer un éditeur soumis au seul droit européen ; à défaut, ne pas y mettre de données sensibles et documenter le risque (CLOUD Act, FISA 702) avec le DPO.",
    },
    "XFER-BASIS": {
      title: "Base légale des transferts hors UE",
      remediation: "Vérifier l'inscription de l'éditeur sur la liste du Data Privacy Framework ; sinon signer les clauses contractuelles types (décision 2021/914) et mener une analyse d'impact des transferts (guide CNIL).",
    },
    "DPA-ART28": {
      title: "Contrat de sous-traitance (art. 28 RGPD)",
      remediation: "Obtenir et signer le contrat de sous-traitance (DPA) de l'éditeur, avec la liste de ses sous-traitants ultérieurs.",
    },
    SECNUMCLOUD: {
      title: "Qualification SecNumCloud",
      remediation: "Pour les données sensibles, utiliser une offre qualifiée SecNumCloud au niveau du service lui-même, ou un outil de l'État (La Suite numérique).",
    },
    OSS: {
      title: "Logiciel libre",
      remediation: "Préférer un logiciel sous licence libre, qui permet la réversibilité et l'audit du code.",
    },
    SELFHOST: {
      title: "Réversibilité (auto-hébergement possible)",
      remediation: "Prévoir les conditions de sortie (export des données, formats ouverts) ou préférer un outil qui peut être hébergé par un autre prestataire.",
    },
    E2EE: {
      title: "Chiffrement de bout en bout",
      remediation: "Pour les échanges confidentiels, utiliser un outil chiffré de bout en bout (Tchap, Olvid) ou activer le chiffrement de bout en bout quand il existe.",
    },
    "DATA-REUSE": {
      title: "Réutilisation des données ou publicité",
      remediation: "Abandonner les offres financées par la publicité ou la réutilisation des données au profit d'une offre payante ou publique.",
    },
    DISCONTINUED: {
      title: "Service arrêté",
      remediation: "Migrer vers le successeur ou une alternative, et récupérer les données encore stockées sur l'ancien service.",
    },
    "MFA-SUPPORT": {
      title: "Authentification à plusieurs facteurs possible",
      remediation: "Préférer un outil qui propose l'authentification à plusieurs facteurs, ou le placer derrière un SSO qui la propose (ProConnect, OIDC).",
    },
    "FORMAT-ODF": {
      title: "Format ouvert ODF",
      remediation: "Utiliser une suite qui ouvre et enregistre nativement l'ODF (format de référence du RGI).",
    },
    "REF-LIST": {
      title: "Liste de référence",
      remediation: "Remplacer l'outil par un outil de la liste de référence, ou faire valider une exception motivée et datée.",
    },
    "UNKNOWN-TOOL": {
      title: "Outil hors catalogue",
      remediation: "Corriger le nom de l'outil, ou ajouter sa fiche avec --catalog pour qu'il soit évalué.",
    },
    "REACH-OUTSIDE": {
      title: "Accessible depuis l'extérieur",
      remediation: "Vérifier que l'outil est joignable depuis le domicile des agents, ou documenter l'accès par VPN.",
    },
    "EXPOSED-INTERNAL": {
      title: "Application interne exposée",
      remediation: "Restreindre l'accès à l'application interne au VPN ou à une passerelle authentifiée.",
    },
    "TLS-VALID": { title: "Certificat TLS valide", remediation: "Installer un certificat valide, à jour et au bon nom (par ex. Let's Encrypt)." },
    "TLS-EXPIRY": { title: "Expiration du certificat", remediation: "Renouveler le certificat et automatiser son renouvellement." },
    "TLS-VERSION": { title: "Versions de TLS", remediation: "Désactiver TLS 1.0 et 1.1 ; n'accepter que TLS 1.2 et 1.3." },
    "HTTPS-REDIRECT": { title: "Redirection vers HTTPS", remediation: "Rediriger tout accès http:// vers https://." },
    HSTS: { title: "En-tête HSTS", remediation: "Envoyer Strict-Transport-Security avec un max-age d'au moins six mois." },
    "SEC-HEADERS": { title: "En-têtes de sécurité", remediation: "Ajouter les en-têtes de sécurité usuels (Content-Security-Policy, X-Content-Type-Options…)." },
    "SOFTWARE-OUTDATED": { title: "Version à jour", remediation: "Mettre à jour le logiciel vers une version maintenue." },
    "ACCOUNT-NOMINATIVE": {
      title: "Comptes nominatifs",
      remediation: "Créer un compte par agent : un compte partagé (mairie@…) ne permet ni la traçabilité ni la réinitialisation du mot de passe par l'agent.",
    },
    "ACCOUNT-RECOVERY": {
      title: "Identifiants et boîte de secours",
      remediation: "Avant le télétravail, vérifier que chaque agent connaît ses identifiants, utilise un gestionnaire de mots de passe et peut consulter sa boîte de récupération depuis chez lui.",
    },
    MFA: {
      title: "Double authentification activée",
      remediation: "Activer l'authentification à plusieurs facteurs pour le VPN, la messagerie, le partage de fichiers et les comptes d'administration.",
    },
    "WORKSTATION-READY": {
      title: "Poste de télétravail à jour",
      remediation: "Fournir ou vérifier un poste à jour (système, navigateur, antivirus, pare-feu) ; pas de compte administrateur sur un poste personnel.",
    },
    "COLLAB-CONFIDENTIAL": {
      title: "Pas de données confidentielles dans les pads publics",
      remediation: "Ne jamais saisir de données personnelles ou confidentielles dans un pad ou document accessible par simple lien ; utiliser un espace authentifié.",
    },
    "SHARE-NO-ATTACHMENT": {
      title: "Partage plutôt que pièces jointes",
      remediation: "Partager les documents par un espace de fichiers à accès contrôlé plutôt qu'en pièce jointe.",
    },
    "CALENDAR-PRIVATE": { title: "Agendas non publics", remediation: "Retirer les liens publics des agendas partagés et réserver l'accès aux agents authentifiés." },
    "DIRECTORY-RGPD": {
      title: "Annuaire validé par le DPO",
      remediation: "Faire valider l'annuaire partagé (numéros, portables personnels) par le DPO et l'inscrire au registre.",
    },
    "DPO-DESIGNATED": {
      title: "Délégué à la protection des données",
      remediation: "Désigner un DPO (éventuellement mutualisé : centre de gestion, syndicat informatique) et le déclarer à la CNIL.",
    },
    "RGPD-REGISTER": { title: "Registre des traitements", remediation: "Inscrire chaque outil de télétravail qui traite des données personnelles au registre des traitements." },
    DPIA: { title: "Analyse d'impact (AIPD)", remediation: "Mener une analyse d'impact avec le DPO avant tout usage à risque élevé." },
    "EMPLOYEE-MONITORING": {
      title: "Pas de surveillance permanente",
      remediation: "Renoncer à la webcam, au partage d'écran ou à l'enregistrement de frappe permanents : la CNIL les juge disproportionnés.",
    },
    "COUNCIL-REMOTE": {
      title: "Séances du conseil à distance",
      remediation: "Délibérer en présentiel (conseil municipal) ; pour les EPCI, départements et régions, respecter le cadre de la loi 3DS (vote public vérifiable, retransmission en direct).",
    },
    "COVER-CATEGORY": {
      title: "Catégorie d'outils non couverte",
      remediation: "Proposer un outil de l'organisation pour cette catégorie, pour éviter que les agents improvisent avec des outils grand public.",
    },
    "COVER-VPN": {
      title: "VPN pour les ressources internes",
      remediation: "Mettre en place un VPN (ou une passerelle zero trust) avec double authentification pour l'accès aux ressources internes.",
    },
    "SHADOW-CONSUMER": {
      title: "Outil grand public",
      remediation: "Remplacer l'application grand public par un outil professionnel (Tchap pour la messagerie instantanée, un espace de fichiers de l'organisation).",
    },
  },
  codes: {
    HOST_OUTSIDE_EU: (a) => `Données hébergées hors de l'UE (${arr(a.regions).join(", ")}).`,
    HOST_ADEQUATE: (a) => `Données hébergées hors de l'UE, dans un pays bénéficiant d'une décision d'adéquation (${arr(a.regions).join(", ")}).`,
    HOST_EU_OPTION: (a) => `Hébergement par défaut hors de l'UE (${arr(a.regions).join(", ")}) ; une option d'hébergement dans l'UE existe : vérifier qu'elle est activée.`,
    HOST_UNKNOWN: () => "Lieu d'hébergement non vérifié : à confirmer auprès de l'éditeur.",
    HOST_NOT_FRANCE: (a) => `Hébergé dans l'UE mais pas en France (${arr(a.regions).join(", ")}).`,
    HOST_SELF_UNDECLARED: () => "Instance de l'organisation sans pays d'hébergement déclaré : ajouter « hosting: { country: FR } ».",
    JURIS_EXTRATERRITORIAL: (a) =>
      `Éditeur ${s(a.vendor)} (${s(a.country)}${a.parent ? `, contrôlé par ${s(a.parent)} (${s(a.parentCountry)})` : ""}) soumis à un droit extra-européen qui permet d'exiger l'accès aux données, même hébergées dans l'UE.`,
    JURIS_ADEQUATE: (a) => `Éditeur ${s(a.vendor)} établi hors de l'UE (${s(a.country)}), dans un pays bénéficiant d'une décision d'adéquation.`,
    JURIS_UNKNOWN: (a) => `Pays de l'éditeur ${s(a.vendor)} non vérifié : juridiction à confirmer.`,
    XFER_UNKNOWN: (a) => `Transferts possibles vers ${arr(a.countries).join(", ")} sans base légale vérifiée (DPF ou clauses contractuelles types).`,
    XFER_NONE: (a) => `Transferts vers ${arr(a.countries).join(", ")} sans base légale.`,
    XFER_SCC: (a) => `Transferts vers ${arr(a.countries).join(", ")} encadrés par des clauses contractuelles types : analyse d'impact des transferts nécessaire.`,
    XFER_DPF: (a) => `Transferts vers ${arr(a.countries).join(", ")} couverts par le Data Privacy Framework, dont la validité est contestée devant la CJUE (pourvoi C-703/25 P).`,
    DPA_NONE: () => "Aucun contrat de sous-traitance (art. 28 RGPD) publié par l'éditeur.",
    DPA_UNKNOWN: () => "Contrat de sous-traitance (art. 28 RGPD) non vérifié : à demander à l'éditeur.",
    SNC_NOT_QUALIFIED: (a) =>
      `Données sensibles sur un service non qualifié SecNumCloud${a.status === "in-progress" ? " (qualification en cours, ce qui ne vaut pas qualification)" : ""}.`,
    SNC_UNKNOWN: () => "Données sensibles sur un service dont la qualification SecNumCloud n'est pas vérifiée.",
    OSS_PROPRIETARY: () => "Logiciel propriétaire.",
    SELFHOST_NO: () => "Service disponible uniquement chez l'éditeur : pas d'hébergement alternatif possible.",
    E2EE_NONE: () => "Pas de chiffrement de bout en bout : l'hébergeur peut lire les échanges.",
    E2EE_OPTIONAL: () => "Chiffrement de bout en bout possible mais désactivé par défaut.",
    E2EE_PARTIAL: () => "Chiffrement de bout en bout partiel (certains échanges seulement).",
    E2EE_UNKNOWN: () => "Chiffrement de bout en bout non vérifié.",
    DATA_REUSE_ADS: () => "Offre financée par la publicité.",
    DATA_REUSE: () => "Les conditions d'utilisation permettent de réutiliser les données des utilisateurs à d'autres fins.",
    DISCONTINUED: (a, h) =>
      `Service arrêté${a.date ? ` le ${h.date(s(a.date))}` : ""}${a.successor ? ` ; successeur : ${h.toolName(s(a.successor))}` : ""}.`,
    CLOSING: (a, h) => `Fermeture annoncée${a.date ? ` pour le ${h.date(s(a.date))}` : ""}${a.successor ? ` ; successeur : ${h.toolName(s(a.successor))}` : ""}.`,
    RENAMED: (a, h) => `Renommé${a.date ? ` le ${h.date(s(a.date))}` : ""} : désormais ${h.toolName(s(a.successor))}.`,
    MFA_UNSUPPORTED: () => "L'outil ne propose pas d'authentification à plusieurs facteurs.",
    ODF_NONE: () => "N'ouvre ni n'enregistre nativement les documents ODF.",
    ODF_PARTIAL: () => "Prise en charge partielle de l'ODF.",
    REF_DENIED: () => "Outil interdit par la politique de l'organisation (liste deny).",
    REF_NOT_ALLOWED: () => "Outil absent de la liste des outils autorisés (liste allow).",
    REF_GIP_ALTERNATIVE: () => "Classé « alternative » par la fiche GIP 2020 : ne remplit pas tous les prérequis RGPD, sécurité et hébergement.",
    UNKNOWN_TOOL: (a, h) => {
      const sug = arr(a.suggestions);
      return `Outil « ${s(a.written)} » introuvable dans le catalogue${sug.length ? ` ; vouliez-vous dire ${h.list(sug)} ?` : "."} Ses critères ne sont pas évalués.`;
    },
    CUSTOM_TOOL: (a) => `« ${s(a.written)} » est hors catalogue : ses faits (hébergement, éditeur, contrat) ne sont pas évalués.`,
    PRACTICE_NO: (a, h) => `Bon réflexe non appliqué : ${h.practiceLabel(s(a.practice))}.`,
    PRACTICE_PARTIAL: (a, h) => `Bon réflexe appliqué en partie : ${h.practiceLabel(s(a.practice))}.`,
    PRACTICE_UNKNOWN: (a, h) => `À vérifier : ${h.practiceLabel(s(a.practice))} (${a.answer ? "réponse « ne sait pas »" : "non renseigné"}).`,
    COVER_MISSING: (a, h) => `Aucun outil déclaré pour la catégorie « ${h.categoryName(s(a.category))} ».`,
    COVER_VPN_MISSING: (a) => `Ressources internes (${arr(a.internal).join(", ")}) sans VPN déclaré.`,
    SHADOW_CONSUMER: () => "Application grand public utilisée pour le travail.",
  },
  practices: {
    nominative_accounts: {
      label: "un compte nominatif par agent, jamais de compte partagé",
      why: "Un compte partagé empêche de savoir qui a fait quoi, et l'agent ne peut pas réinitialiser seul son mot de passe.",
    },
    account_recovery: {
      label: "chaque agent connaît ses identifiants et accède à sa boîte de secours depuis chez lui",
      why: "Sans identifiants ni boîte de récupération joignable, un agent en télétravail reste bloqué au premier mot de passe oublié.",
    },
    mfa: { label: "double authentification activée pour les accès à distance", why: "Un mot de passe volé ne suffit plus à entrer dans le système d'information." },
    workstation_maintained: {
      label: "postes de télétravail maintenus à jour (système, navigateur, antivirus)",
      why: "Un poste non mis à jour est la porte d'entrée la plus courante des rançongiciels.",
    },
    no_confidential_in_public_pads: {
      label: "pas de données confidentielles dans les pads ou documents publics",
      why: "Un pad accessible par simple lien peut être lu par n'importe qui qui obtient le lien.",
    },
    shared_folders_not_attachments: {
      label: "documents partagés par un espace de fichiers plutôt qu'en pièces jointes",
      why: "Chaque pièce jointe est une copie incontrôlée ; un partage se retire et se trace.",
    },
    calendars_private: { label: "agendas partagés non publics", why: "Un agenda public révèle absences, rendez-vous et noms des personnes reçues." },
    directory_reviewed: {
      label: "annuaire partagé validé par le DPO",
      why: "Un annuaire de numéros personnels est un traitement de données qui doit figurer au registre.",
    },
    dpo: { label: "un délégué à la protection des données (DPO) désigné", why: "Obligatoire pour tout organisme public (art. 37 RGPD), quelle que soit sa taille." },
    register_up_to_date: { label: "registre des traitements à jour pour les outils de télétravail", why: "Le registre (art. 30 RGPD) est la première pièce demandée lors d'un contrôle." },
    dpia_done: { label: "analyse d'impact (AIPD) menée pour les usages à risque", why: "L'article 35 du RGPD l'impose avant un traitement à risque élevé." },
    no_permanent_monitoring: {
      label: "pas de surveillance permanente des télétravailleurs",
      why: "La CNIL juge disproportionnés la webcam, le partage d'écran ou l'enregistrement des frappes permanents.",
    },
    council_meetings_lawful: {
      label: "séances délibérantes à distance dans le cadre légal",
      why: "Un conseil municipal délibère en présentiel ; ailleurs, la visioconférence obéit à des conditions (loi 3DS).",
    },
  },
  ui: {
    reportTitle: "Audit télétravail",
    organisation: "Organisation",
    policy: "Politique",
    catalogue: "Catalogue",
    generated: "Généré le",
    summary: "Synthèse",
    score: "Score",
    grade: "Note",
    findingsCount: (n) => `${n} constat${n > 1 ? "s" : ""}`,
    waivedCount: (n) => `${n} couvert${n > 1 ? "s" : ""} par une exception`,
    notAssessed: (n) => `${n} critère${n > 1 ? "s" : ""} non évalué${n > 1 ? "s" : ""}`,
    notAssessedOffline: "critères mesurés par les sondes HTTP (accessibilité, TLS, HSTS, versions) : non évalués dans cette version, l'audit tourne hors ligne",
    passed: (f) => `Réussi : aucun constat de gravité « ${f} » ou plus.`,
    failed: (f) => `Échec : au moins un constat de gravité « ${f} » ou plus.`,
    tools: "Outils",
    noTools: "Aucun outil déclaré.",
    alternatives: "Alternatives",
    noAlternative: "aucune alternative du catalogue ne passe cette politique",
    selfHosted: "instance de l'organisation",
    vpnOnly: "accès par VPN",
    organisationFindings: "Organisation et couverture",
    coverage: "Couverture",
    reflexes: "Bons réflexes",
    waivers: "Exceptions",
    waiverStatus: { active: "active", expired: "expirée (ne s'applique plus)", unused: "ne correspond à aucun constat" },
    waiverLine: (rule, tool, expires, reason) => `${rule}${tool ? ` / ${tool}` : ""} jusqu'au ${expires} : ${reason}`,
    unverified: "non vérifié",
    source: "source",
    checked: "relevé le",
    references: "Références",
    uncategorised: "Hors catégorie",
    disabledRules: (r) => `Critères désactivés par la politique : ${r}`,
    nothingToReport: "rien à signaler",
    offlineNote: "Hors ligne : aucune connexion réseau n'a été ouverte.",
  },
};
