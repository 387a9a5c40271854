#!/usr/bin/env bash
# Builds benchmarks.jar, then runs JMH. Without arguments: the short receiver run BENCHMARKS.md
# quotes. With arguments, they replace those defaults and go to JMH as they are, e.g.
#   billhook-benchmarks/run.sh ReceiverBenchmark -prof gc -f 3 -wi 5 -i 10
#   billhook-benchmarks/run.sh SignerBenchmark -prof gc
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./mvnw -q -B -pl billhook-benchmarks -am package -DskipTests

if [[ $# -eq 0 ]]; then
  set -- ReceiverBenchmark -prof gc -f 2 -wi 4 -i 6 -w 2s -r 2s
fi
exec java -jar billhook-benchmarks/target/benchmarks.jar "$@"
