#!/usr/bin/env python3
"""Corpus statistics on Spark: `summarykit stats --jsonl` as the mapper, `stats merge` as the
reducer.

The driver ships the `summarykit` binary (and its resource bundle, which sits beside it in the
build folder) to every executor with SparkContext.addFile. Each partition of the JSON Lines
corpus ({"id": ..., "text": ...} per line) is streamed through `summarykit stats --jsonl
--run-id RUN --part K/N` (partition K of N, one run id per job), which writes one partial result
per partition; the partials are collected and
reduced with `summarykit stats merge` on the driver into the report a single run over all the
records gives (byte for byte: the merge is exact).

    python3 scripts/spark_stats.py corpus.jsonl -o report.json                 # local[*]
    python3 scripts/spark_stats.py hdfs:///corpus/*.jsonl -o report.html --format html \\
        --master spark://head:7077 --binary .build/release/summarykit

Needs pyspark (pip install pyspark) and Java 17. On a cluster, build the binary with
`swift build -c release --static-swift-stdlib` so the executors need no Swift runtime, and make
sure they have ICU (libicu) of the same version. Exit status: 0 every record was read, 3 some
records failed (they are listed in the report), 1 the job failed, 2 usage errors.
"""
import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = "SummaryKit_SummaryKit.resources"


def parse_arguments():
    parser = argparse.ArgumentParser(description="Corpus statistics on Spark with summarykit as mapper and reducer.")
    parser.add_argument("input", help="JSON Lines corpus: a path or URL Spark can read (globs allowed)")
    parser.add_argument("-o", "--output", help="write the report here (default: standard output)")
    parser.add_argument("--format", default="json", choices=["json", "markdown", "html"])
    parser.add_argument("--master", default="local[*]", help="Spark master URL (default: local[*])")
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "summarykit"),
                        help="the summarykit executable to ship (default: .build/release/summarykit)")
    parser.add_argument("--partitions", type=int, help="minimum number of input partitions")
    parser.add_argument("--jobs", type=int, default=1,
                        help="--jobs for each mapper (default 1: Spark already runs one task per core)")
    parser.add_argument("--partials", help="also keep the collected partial results in this file")
    parser.add_argument("--top", type=int, default=20, help="terms per category in the report")
    return parser.parse_args()


def main():
    args = parse_arguments()
    binary = Path(args.binary)
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        print(f"spark_stats: {binary} is not an executable file; build it with "
              "`swift build -c release --product summarykit` or name it with --binary.", file=sys.stderr)
        return 2

    from pyspark import SparkConf, SparkContext, SparkFiles

    staging = tempfile.TemporaryDirectory(prefix="spark-stats-ship-")
    conf = SparkConf().setAppName("summarykit-stats").setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        sc.addFile(str(binary))
        bundle = binary.parent / RESOURCES
        if bundle.is_dir():
            # summarykit looks for its resource bundle beside the executable first. Spark
            # ships folders only as archives: each executor unpacks this one into
            # ./SummaryKit_SummaryKit.resources beside the binary.
            archive = Path(staging.name) / (RESOURCES + ".tar.gz")
            with tarfile.open(archive, "w:gz") as tar:
                tar.add(str(bundle), arcname=".")
            sc.addArchive(f"{archive}#{RESOURCES}")
        # In local mode the executors live in the driver's JVM and share its SparkFiles folder
        # (an absolute path); on a cluster (local-cluster, standalone, YARN, Kubernetes) each
        # executor fetches added files into its working directory, which is where the Python
        # worker that runs the pipe starts.
        local = args.master == "local" or args.master.startswith("local[")
        executable = SparkFiles.get(binary.name) if local else "./" + binary.name
        lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
        partitions = lines.getNumPartitions()
        # Every partition's partial is labelled part K of N of this job's run (`--part`, which
        # selects nothing: Spark already split the records), so that `stats merge` can check
        # that each partition was merged exactly once.
        run_id = "spark-" + uuid.uuid4().hex
        command = [executable, "stats", "--jsonl", "--quiet", "--jobs", str(args.jobs), "--run-id", run_id]
        # The mapper gets only the locale and library path the tool may need (as RDD.pipe did).
        env = {key: os.environ[key] for key in ("LANG", "LC_ALL", "LD_LIBRARY_PATH", "PATH") if key in os.environ}

        def mapper(index, records):
            # The partition's records are streamed to summarykit's standard input by a thread
            # while its one-line partial is read; exit 3 (some records failed) still wrote a
            # complete partial with the failures inside.
            import subprocess as sp
            import threading
            process = sp.Popen(command + ["--part", f"{index + 1}/{partitions}"], stdin=sp.PIPE, stdout=sp.PIPE, env=env)

            def feed():
                try:
                    for record in records:
                        process.stdin.write(record.encode("utf-8") + b"\n")
                finally:
                    process.stdin.close()

            feeder = threading.Thread(target=feed)
            feeder.start()
            output = process.stdout.read()
            feeder.join()
            status = process.wait()
            if status not in (0, 3):
                raise RuntimeError(f"summarykit stats exited {status} on partition {index + 1} of {partitions}")
            return [line for line in output.decode("utf-8").splitlines() if line.strip()]

        # Every partition must yield exactly one line; stats merge checks the set.
        partials = lines.mapPartitionsWithIndex(mapper).collect()
    finally:
        sc.stop()
        staging.cleanup()

    if len(partials) != partitions:
        print(f"spark_stats: {partitions} partitions gave {len(partials)} partial results; a mapper failed.",
              file=sys.stderr)
        return 1
    print(f"spark_stats: {partitions} partitions, {len(partials)} partial results", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="spark-stats-") as folder:
        path = Path(args.partials) if args.partials else Path(folder) / "partials.jsonl"
        path.write_text("".join(line + "\n" for line in partials), encoding="utf-8")
        command = [str(binary), "stats", "merge", str(path), "--format", args.format, "--top", str(args.top)]
        if args.output:
            command += ["-o", args.output]
        merged = subprocess.run(command)
        if merged.returncode != 0:
            return 1
    # The report counts failed records; mirror `summarykit stats`'s exit status 3 for them.
    return 3 if any('"failures":[{' in line for line in partials) else 0


if __name__ == "__main__":
    sys.exit(main())
