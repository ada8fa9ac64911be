#!/usr/bin/env bash
# Fuzzes one target (or each in turn) for the duration in its @FuzzTest(maxDuration), one at a time (the machine has two
# shared cores). Findings land in src/test/resources/org/dvpp/fuzz/<Class>Inputs/<method>/crash-* and fail the replay
# until fixed; the working corpus grows in fuzz/.cifuzz-corpus (not committed).
#   fuzz/fuzz.sh                                  every target
#   fuzz/fuzz.sh FormulaFuzzTest#formulas         one target
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(InstrumentDefinitionFuzzTest#definitionJson FormulaFuzzTest#formulas AnswersFuzzTest#answersString
           CurriculumFuzzTest#curriculumJson HolidayOverridesFuzzTest#overridesJson CliArgumentsFuzzTest#cliArguments)
fi
mkdir -p fuzz/target/fuzz-logs
for t in "${targets[@]}"; do
  log="fuzz/target/fuzz-logs/${t//#/.}.log"
  echo "fuzzing $t (log: $log)"
  # JUnit must not apply the per-input @Timeout to the whole campaign; Jazzer hands it to libFuzzer as -timeout
  # and the sanitizer hooks, off for the replay, are on when fuzzing
  JAZZER_FUZZ=1 ./mvnw -o -pl fuzz test -Dtest="$t" -Djunit.jupiter.execution.timeout.mode=disabled -Djazzer.hooks=true \
    >"$log" 2>&1 || true
  grep -E "^#[0-9]+ +DONE|Done [0-9]+ runs|== Java Exception|FuzzTestFinding|Tests run:" "$log" | head -5 || true
done
