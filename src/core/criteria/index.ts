// The ordered list of every criterion. Listed by hand: never discovered from the file system.
import type { Criterion } from "../criterion.js";
import hostEu from "./host-eu.js";
import jurisExtraEu from "./juris-extra-eu.js";
import xferBasis from "./xfer-basis.js";
import dpaArt28 from "./dpa-art28.js";
import secnumcloud from "./secnumcloud.js";
import oss from "./oss.js";
import selfhost from "./selfhost.js";
import e2ee from "./e2ee.js";
import dataReuse from "./data-reuse.js";
import discontinued from "./discontinued.js";
import mfaSupport from "./mfa-support.js";
import formatOdf from "./format-odf.js";
import refList from "./ref-list.js";
import unknownTool from "./unknown-tool.js";
import factsStale from "./facts-stale.js";
import reachOutside from "./reach-outside.js";
import exposedInternal from "./exposed-internal.js";
import tlsValid from "./tls-valid.js";
import tlsExpiry from "./tls-expiry.js";
import tlsVersion from "./tls-version.js";
import httpsRedirect from "./https-redirect.js";
import hsts from "./hsts.js";
import secHeaders from "./sec-headers.js";
import softwareOutdated from "./software-outdated.js";
import accountNominative from "./account-nominative.js";
import accountRecovery from "./account-recovery.js";
import mfa from "./mfa.js";
import workstationReady from "./workstation-ready.js";
import collabConfidential from "./collab-confidential.js";
import shareNoAttachment from "./share-no-attachment.js";
import calendarPrivate from "./calendar-private.js";
import directoryRgpd from "./directory-rgpd.js";
import dpoDesignated from "./dpo-designated.js";
import rgpdRegister from "./rgpd-register.js";
import dpia from "./dpia.js";
import employeeMonitoring from "./employee-monitoring.js";
import councilRemote from "./council-remote.js";
import coverCategory from "./cover-category.js";
import coverVpn from "./cover-vpn.js";
import shadowConsumer from "./shadow-consumer.js";

export const CRITERIA = [
  hostEu,
  jurisExtraEu,
  xferBasis,
  dpaArt28,
  secnumcloud,
  oss,
  selfhost,
  e2ee,
  dataReuse,
  discontinued,
  mfaSupport,
  formatOdf,
  refList,
  unknownTool,
  factsStale,
  reachOutside,
  exposedInternal,
  tlsValid,
  tlsExpiry,
  tlsVersion,
  httpsRedirect,
  hsts,
  secHeaders,
  softwareOutdated,
  accountNominative,
  accountRecovery,
  mfa,
  workstationReady,
  collabConfidential,
  shareNoAttachment,
  calendarPrivate,
  directoryRgpd,
  dpoDesignated,
  rgpdRegister,
  dpia,
  employeeMonitoring,
  councilRemote,
  coverCategory,
  coverVpn,
  shadowConsumer,
] as const satisfies readonly Criterion[];

/** Every message code a criterion can emit: the message tables must word each one. */
export type FindingCode = (typeof CRITERIA)[number]["codes"][number];

/** Every criterion id (COVER-CATEGORY stands for the COVER-<CATEGORY> family). */
export type CriterionId = (typeof CRITERIA)[number]["id"];
