#!/usr/bin/env bash
# Runs every test of the portal on a fresh machine: installs what the tests need when it is missing,
# runs the whole suite and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet test Peru.Portal.sln --results-directory "$results" 2>&1 | tee "$results/output.log"
status=${PIPESTATUS[0]}

passed=0
failed=0
while read -r f p; do
    passed=$((passed + p))
    failed=$((failed + f))
done < <(sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \3/p' "$results/output.log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # The build or the test host failed before any test could report.
    failed=1
fi

echo "$passed passed, $failed failed"
exit "$status"
