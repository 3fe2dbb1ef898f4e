#!/usr/bin/env bash
# Runs every test of the portal on a fresh machine: installs what the tests need when it is missing,
# runs the whole suite and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=artifacts/test-results
rm -rf "$results" artifacts/screenshots
mkdir -p "$results"

# The browser tests need Debian's Chromium and a Java runtime for the Nu HTML Checker; the static export is
# served by Debian's nginx with the sample configuration in docs/nginx.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java > /dev/null || missing+=(default-jre-headless)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$results/apt.log" 2>&1
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$results/apt.log" 2>&1
    fi || echo "could not install ${missing[*]}: the tests that need them will fail and say why (see $results/apt.log)"
fi

# The Nu HTML Checker comes from npm, at the version in the committed lock file.
if [ ! -f tests/Peru.Portal.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar ]; then
    (cd tests/Peru.Portal.BrowserTests && npm ci --no-audit --no-fund --ignore-scripts > /dev/null) \
        || echo "npm ci failed in tests/Peru.Portal.BrowserTests: the HTML validity test will fail and say why"
fi

dotnet test Peru.Portal.sln --results-directory "$results" 2>&1 | tee "$results/output.log"
status=${PIPESTATUS[0]}

passed=0
failed=0
while read -r f p; do
    passed=$((passed + p))
    failed=$((failed + f))
done < <(sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \3/p' "$results/output.log")

# A package with a known vulnerability fails the run (advisories come from the package registry).
dotnet list Peru.Portal.sln package --vulnerable --include-transitive > "$results/vulnerable.log" 2>&1
if grep -q "has the following vulnerable packages" "$results/vulnerable.log"; then
    cat "$results/vulnerable.log"
    echo "vulnerable packages found: update them in Directory.Packages.props"
    failed=$((failed + 1))
    status=1
elif ! grep -q "has no vulnerable packages" "$results/vulnerable.log"; then
    cat "$results/vulnerable.log"
    echo "could not check packages for known vulnerabilities"
    failed=$((failed + 1))
    status=1
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # The build or the test host failed before any test could report.
    failed=1
fi

echo "$passed passed, $failed failed"
exit "$status"
