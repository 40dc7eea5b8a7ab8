#!/usr/bin/env bash
# The audit step of action.yml: one run writes SARIF, Markdown and JSON; the Markdown goes to the job
# summary and the exit code to the step outputs (the gate step fails the job on it). An error of input
# (exit 2) or of the tool (3) fails this step at once.
set -uo pipefail
out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/teletravail"
mkdir -p "$out"
args=(audit "$TT_CONFIG" --fail-on "${TT_FAIL_ON:-high}" --lang "${TT_LANG:-fr}"
  -o "$out/teletravail.sarif" -o "$out/teletravail.md" -o "$out/teletravail.json")
if [ -d "$TT_CONFIG" ]; then
  # A folder of configs: one report per organisation, and the fleet summary for the job summary.
  args=(audit "$TT_CONFIG" --fail-on "${TT_FAIL_ON:-high}" --lang "${TT_LANG:-fr}" --format sarif --output-dir "$out/reports" -o "$out/teletravail.md")
fi
[ -n "${TT_POLICY:-}" ] && args+=(--policy "$TT_POLICY")
[ -n "${TT_BASELINE:-}" ] && args+=(--baseline "$TT_BASELINE")
[ "${TT_OFFLINE:-false}" = "true" ] && args+=(--offline)
node "$TT_BIN" "${args[@]}"
code=$?
if [ "$code" -ge 2 ]; then
  echo "::error title=teletravail::the audit could not run (exit code $code); see the messages above"
  exit "$code"
fi
cat "$out/teletravail.md" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
{
  echo "exit-code=$code"
  if [ -d "$out/reports" ]; then echo "sarif=$out/reports"; elif [ -f "$out/teletravail.sarif" ]; then echo "sarif=$out/teletravail.sarif"; fi
  if [ -f "$out/teletravail.json" ]; then echo "json=$out/teletravail.json"; fi
} >> "${GITHUB_OUTPUT:-/dev/null}"
exit 0
