// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Accord",
    products: [
        .executable(name: "accord", targets: ["accord"]),
        .library(name: "AccordCore", targets: ["AccordCore"]),
    ],
    targets: [
        // libedit, loaded with dlopen only when a terminal session needs line editing (not linked:
        // other commands never load it). Building needs its headers (libedit-dev).
        .target(name: "CEditLine", path: "Sources/CEditLine"),
        // The binary's terminal helpers Swift cannot call directly: SIGINT-interruptible reads,
        // window size, bracketed paste.
        .target(name: "CTerminal", path: "Sources/CTerminal"),
        // forkpty + exec for the tests that drive accord in a real pseudo-terminal (not shipped).
        .target(name: "CPseudoTerminal", path: "Sources/CPseudoTerminal"),
        // All logic: playbooks, session engine, transcripts, plan, coach, commitments, CLI parsing.
        .target(name: "AccordCore", path: "Sources/AccordCore"),
        // The thin executable: argument wiring, TTY detection, libedit.
        // Linked by lld with packed relative relocations (DT_RELR: the loader's work for the 77,000
        // pointers of a position-independent binary drops by about a third) and without exporting
        // its own symbols (nothing loads against them): see docs/performance.md, "--version".
        .executableTarget(
            name: "accord",
            dependencies: ["AccordCore", "CEditLine", "CTerminal"],
            path: "Sources/accord",
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux]))
            ]
        ),
        // Benchmark driver for bench/run (generates stores, times appends and replays); not installed.
        // Synthetic stores for benchmarks and the store tests (StoreGenerator); not shipped.
        .target(name: "AccordBenchSupport", dependencies: ["AccordCore"], path: "Sources/AccordBenchSupport"),
        .executableTarget(name: "accord-bench", dependencies: ["AccordCore", "AccordBenchSupport"], path: "Sources/accord-bench"),
        // Coach evaluation scaffolding (labelled-set parsing, precision/recall): tests and bench only, not shipped.
        .target(name: "CoachEvaluation", dependencies: ["AccordCore"], path: "Sources/CoachEvaluation"),
        // bench/coach-quality's driver: precision/recall on every labelled set and lint speed; not installed.
        .executableTarget(
            name: "accord-coach-quality",
            dependencies: ["AccordCore", "CoachEvaluation"],
            path: "Sources/accord-coach-quality"
        ),
        // scripts/train-coach's driver: fits the coach's model and writes CoachModel+Generated.swift; not installed.
        .executableTarget(
            name: "accord-coach-train",
            dependencies: ["AccordCore", "CoachEvaluation"],
            path: "Sources/accord-coach-train"
        ),
        .testTarget(
            name: "AccordCoreTests",
            dependencies: ["AccordCore", "AccordBenchSupport", "CoachEvaluation"],
            path: "Tests/AccordCoreTests",
            exclude: ["Coach/Data"]
        ),
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["AccordCore", "CPseudoTerminal"],
            path: "Tests/AccordCLITests"
        ),
    ]
)
